/**
 * The Cloud SQL Admin API through @google-cloud/sql over REST (the public endpoint serves no
 * gRPC): client construction (the real endpoint, or a local one such as the pgci emulator),
 * bounded retries with jitter for what is transient, and operation polling with backoff.
 * The only module that loads google-gax; callers import it lazily.
 */
// The v1 clients pgci uses, imported one by one: the package index would also load
// v1beta4 and 3.6 MB of static protos, which costs seconds of start-up in a bundle.
import { SqlBackupRunsServiceClient } from '@google-cloud/sql/build/src/v1/sql_backup_runs_service_client.js';
import { SqlDatabasesServiceClient } from '@google-cloud/sql/build/src/v1/sql_databases_service_client.js';
import { SqlFlagsServiceClient } from '@google-cloud/sql/build/src/v1/sql_flags_service_client.js';
import { SqlInstancesServiceClient } from '@google-cloud/sql/build/src/v1/sql_instances_service_client.js';
import { SqlOperationsServiceClient } from '@google-cloud/sql/build/src/v1/sql_operations_service_client.js';
import { SqlUsersServiceClient } from '@google-cloud/sql/build/src/v1/sql_users_service_client.js';
import { PassThroughClient } from 'google-auth-library';

const v1 = {
  SqlBackupRunsServiceClient,
  SqlDatabasesServiceClient,
  SqlFlagsServiceClient,
  SqlInstancesServiceClient,
  SqlOperationsServiceClient,
  SqlUsersServiceClient,
};
type Clients = typeof v1;

export interface ApiOptions {
  /** http://127.0.0.1:N (an emulator) or https://sqladmin.googleapis.com; empty for the default. */
  apiEndpoint?: string;
  /** First poll delay (default 1000 ms), doubling to 10 s. */
  pollInitialMs?: number;
  /** First retry delay (default 1000 ms), doubling to 16 s, full jitter; 8 attempts at most. */
  retryBaseMs?: number;
  onProgress?: (line: string) => void;
}

export type Json = Record<string, unknown>;

export interface SqlAdmin {
  instances: InstanceType<Clients['SqlInstancesServiceClient']>;
  operations: InstanceType<Clients['SqlOperationsServiceClient']>;
  databases: InstanceType<Clients['SqlDatabasesServiceClient']>;
  users: InstanceType<Clients['SqlUsersServiceClient']>;
  flags: InstanceType<Clients['SqlFlagsServiceClient']>;
  /** Backup runs (backup-verify's Cloud SQL path). */
  backupRuns: InstanceType<Clients['SqlBackupRunsServiceClient']>;
  options: ApiOptions;
  close(): Promise<void>;
}

/** An API refusal explained: HTTP status, and the API's own message. */
export class CloudSqlApiError extends Error {
  override name = 'CloudSqlApiError';
  constructor(
    message: string,
    readonly httpStatus: number | undefined,
  ) {
    super(message);
  }
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
  const operations = new v1.SqlOperationsServiceClient(clientOptions);
  const databases = new v1.SqlDatabasesServiceClient(clientOptions);
  const users = new v1.SqlUsersServiceClient(clientOptions);
  const flags = new v1.SqlFlagsServiceClient(clientOptions);
  const backupRuns = new v1.SqlBackupRunsServiceClient(clientOptions);
  return {
    instances,
    operations,
    databases,
    users,
    flags,
    backupRuns,
    options,
    async close() {
      await Promise.all(
        [instances, operations, databases, users, flags, backupRuns].map((c) =>
          c.close().catch(() => undefined),
        ),
      );
    },
  };
}

interface GaxError {
  code?: number;
  httpStatusCode?: number;
  message?: string;
}

const IN_PROGRESS = /another operation was already in progress|operation in progress/i;

/** 429, 5xx and 409 "operation in progress" are worth another try; 409 "name reused" is not. */
export function isTransient(err: unknown): boolean {
  const e = err as GaxError;
  const status = e.httpStatusCode;
  if (status === 429 || (status !== undefined && status >= 500)) return true;
  if (status === 409) return IN_PROGRESS.test(e.message ?? '');
  // Socket-level failures (no HTTP status): connection reset or refused mid-run.
  return status === undefined && /ECONNRESET|socket hang up|EPIPE/.test(e.message ?? '');
}

export function explainApiError(
  err: unknown,
  what: string,
  endpoint: string | undefined,
): CloudSqlApiError {
  const e = err as GaxError & { cause?: { code?: string } };
  const status = e.httpStatusCode;
  const message = (e.message ?? String(err)).split('\n')[0]!.replace(/^\d+ [A-Z_]+: /, '');
  const where = endpoint ?? 'sqladmin.googleapis.com';
  if (status === 401 || status === 403) {
    return new CloudSqlApiError(
      `${what}: the Cloud SQL Admin API at ${where} refused the credentials (${status}): ${message}. Check google-github-actions/auth (Workload Identity Federation) and that the service account has roles/cloudsql.admin.`,
      status,
    );
  }
  if (
    status === undefined &&
    /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|fetch failed/i.test(
      `${message} ${e.cause?.code ?? ''}`,
    )
  ) {
    return new CloudSqlApiError(
      `${what}: cannot reach the Cloud SQL Admin API at ${where} (${e.cause?.code ?? message}); check --api-endpoint and the network.`,
      status,
    );
  }
  return new CloudSqlApiError(`${what}: ${message}${status ? ` (HTTP ${status})` : ''}`, status);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Calls `fn`, retrying transient failures with exponential backoff and full jitter. */
export async function withRetry<T>(
  admin: SqlAdmin,
  what: string,
  fn: () => Promise<T>,
  deadline = Infinity,
): Promise<T> {
  const base = admin.options.retryBaseMs ?? 1000;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransient(err) || attempt >= 8 || Date.now() > deadline)
        throw explainApiError(err, what, admin.options.apiEndpoint);
      const delay = Math.random() * Math.min(16_000, base * 2 ** (attempt - 1));
      admin.options.onProgress?.(
        `${what}: ${(err as GaxError).httpStatusCode ?? 'network'} (transient), retrying in ${(delay / 1000).toFixed(1)} s`,
      );
      await sleep(delay);
    }
  }
}

export class OperationTimeoutError extends Error {
  override name = 'OperationTimeoutError';
}

/** Polls an operation until DONE: backoff from ~1 s, a progress line with elapsed time. */
export async function waitForOperation(
  admin: SqlAdmin,
  project: string,
  operation: string,
  what: string,
  timeoutMs: number,
): Promise<Json> {
  const started = Date.now();
  let delay = admin.options.pollInitialMs ?? 1000;
  let lastLine = 0;
  for (;;) {
    const [op] = await withRetry(admin, `${what} (polling)`, () =>
      admin.operations.get({ project, operation }),
    );
    if (String(op.status) === 'DONE') {
      const errors = op.error?.errors ?? [];
      if (errors.length) {
        throw new CloudSqlApiError(
          `${what} failed: ${errors.map((x) => `${x.code ?? ''} ${x.message ?? ''}`.trim()).join('; ')}`,
          undefined,
        );
      }
      admin.options.onProgress?.(
        `${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      return op as unknown as Json;
    }
    const elapsed = Date.now() - started;
    if (elapsed > timeoutMs) {
      throw new OperationTimeoutError(
        `${what}: operation ${operation} is still ${String(op.status)} after ${Math.round(elapsed / 1000)} s (timeout). It keeps running on Google's side; run apply again to wait for it.`,
      );
    }
    if (elapsed - lastLine >= 10_000 || lastLine === 0) {
      admin.options.onProgress?.(
        `${what}: ${String(op.status)}, ${(elapsed / 1000).toFixed(0)} s elapsed`,
      );
      lastLine = elapsed || 1;
    }
    await sleep(Math.min(delay, Math.max(0, timeoutMs - elapsed) + 50));
    delay = Math.min(delay * 1.5, 10_000);
  }
}
