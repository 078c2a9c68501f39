/**
 * The Cloud SQL Admin API's mutating calls through @google-cloud/sql over REST (the public
 * endpoint serves no gRPC): client construction for the real endpoint or a local one such as
 * the pgci emulator. The only module that loads google-gax; callers import it lazily, and only
 * when apply has something to send (reads and operation polling are in rest.ts).
 */
// The v1 clients apply (and backup-verify) send through, imported one by one: the package index
// would also load v1beta4 and 3.6 MB of static protos, which costs seconds of start-up in a bundle.
import { SqlBackupRunsServiceClient } from '@google-cloud/sql/build/src/v1/sql_backup_runs_service_client.js';
import { SqlDatabasesServiceClient } from '@google-cloud/sql/build/src/v1/sql_databases_service_client.js';
import { SqlInstancesServiceClient } from '@google-cloud/sql/build/src/v1/sql_instances_service_client.js';
import { SqlUsersServiceClient } from '@google-cloud/sql/build/src/v1/sql_users_service_client.js';
import { PassThroughClient } from 'google-auth-library';
import type protobuf from 'protobufjs';
import { useDescriptors } from './proto-json.js';
import type { ApiOptions } from './rest.js';

export {
  CloudSqlApiError,
  explainApiError,
  isTransient,
  OperationTimeoutError,
  withRetry,
  type ApiOptions,
} from './rest.js';

const v1 = {
  SqlBackupRunsServiceClient,
  SqlDatabasesServiceClient,
  SqlInstancesServiceClient,
  SqlUsersServiceClient,
};
type Clients = typeof v1;

export type Json = Record<string, unknown>;

export interface SqlAdmin {
  instances: InstanceType<Clients['SqlInstancesServiceClient']>;
  databases: InstanceType<Clients['SqlDatabasesServiceClient']>;
  users: InstanceType<Clients['SqlUsersServiceClient']>;
  /** Backup runs (backup-verify's Cloud SQL path). */
  backupRuns: InstanceType<Clients['SqlBackupRunsServiceClient']>;
  options: ApiOptions;
  close(): Promise<void>;
}

export function createSqlAdmin(options: ApiOptions): SqlAdmin {
  // ClientOptions of google-gax; typed loosely because `fallback` takes 'rest' or true.
  let clientOptions: ConstructorParameters<typeof v1.SqlInstancesServiceClient>[0] = {
    fallback: 'rest',
  };
  if (options.apiEndpoint) {
    const u = new URL(options.apiEndpoint);
    const local = u.protocol === 'http:';
    clientOptions = {
      apiEndpoint: u.hostname,
      port: Number(u.port || (local ? 80 : 443)),
      fallback: true,
      protocol: u.protocol.replace(':', ''),
      // A local endpoint (the emulator) takes no Google credentials.
      ...(local ? { authClient: new PassThroughClient() } : {}),
    };
  }
  const instances = new v1.SqlInstancesServiceClient(clientOptions);
  // The client's own descriptors (gax loaded the protos.json it bundles) for proto-json.
  const loaded = (instances as unknown as { _protos?: protobuf.Root })._protos;
  if (loaded) useDescriptors(loaded);
  const databases = new v1.SqlDatabasesServiceClient(clientOptions);
  const users = new v1.SqlUsersServiceClient(clientOptions);
  const backupRuns = new v1.SqlBackupRunsServiceClient(clientOptions);
  return {
    instances,
    databases,
    users,
    backupRuns,
    options,
    async close() {
      await Promise.all(
        [instances, databases, users, backupRuns].map((c) => c.close().catch(() => undefined)),
      );
    },
  };
}
