/** What `pgci plan` and `pgci apply` share: options, target selection and the core call. */
import { IP_TYPES } from '../../cloudsql/connector.js';
import { DEFAULT_CONFIG_PATH } from '../../commands/validate.js';
import { provision, type ProvisionResult, type Target } from '../../provision/provision.js';
import { oneOf, parseOptions } from '../options.js';
import { REPORT_FORMATS, type ReportFormat } from '../command.js';
import { UsageError, type Io } from '../io.js';
import { InputError } from '../../config/load.js';
import { ConnectionError } from '../../postgres/connect.js';

export const PROVISION_OPTIONS_HELP = `  -c, --config FILE       the pgci config (default: database/pgci.yml)
  -t, --target TARGET     postgres (a server by URL) or cloudsql (the Admin API, then SQL);
                          default: postgres with --database-url, cloudsql with --api-endpoint
  -d, --database-url URL  postgres://user:password@host:5432/db (default: $DATABASE_URL);
                          with cloudsql, the URL of the instance for the SQL-level part
      --api-endpoint URL  Cloud SQL Admin API endpoint, e.g. the emulator http://127.0.0.1:8089
      --db-user USER      cloudsql without --database-url: connect through the Cloud SQL
                          connector as USER, an IAM principal's email (automatic IAM
                          authentication) or a built-in user (then --db-password)
      --db-password REF   the built-in user's password as a reference, '\${PGCI_DB_PASSWORD}'
      --ip-type TYPE      PUBLIC, PRIVATE or PSC for the connector (default: PRIVATE when the
                          config turns the public IP off, else PUBLIC); credentials: ADC, or
                          a token in $GOOGLE_OAUTH_ACCESS_TOKEN
      --prune             drop databases and roles the config no longer lists
      --allow-destroy     with --prune, also drop databases that hold tables
      --allow-restart     allow changes that restart the instance (or need a server restart)
      --timeout SECONDS   wait this long for operations and another apply's lock (default 600)
  -f, --format FORMAT     text (default), markdown or json
  -h, --help              this help`;

export async function runProvisionCommand(
  name: 'plan' | 'apply',
  args: string[],
  io: Io,
): Promise<
  { result: ProvisionResult; format: ReportFormat; detailed: boolean } | 'help' | 'failed'
> {
  const { values } = parseOptions(name, args, {
    config: { type: 'string', short: 'c' },
    target: { type: 'string', short: 't' },
    'database-url': { type: 'string', short: 'd' },
    'api-endpoint': { type: 'string' },
    'db-user': { type: 'string' },
    'db-password': { type: 'string' },
    'ip-type': { type: 'string' },
    prune: { type: 'boolean' },
    'allow-destroy': { type: 'boolean' },
    'allow-restart': { type: 'boolean' },
    timeout: { type: 'string' },
    format: { type: 'string', short: 'f' },
    'detailed-exitcode': { type: 'boolean' },
  });
  if (values.help) return 'help';
  const format = oneOf(name, 'format', values.format, REPORT_FORMATS, 'text');
  const target = values.target
    ? oneOf<Target>(name, 'target', values.target, ['postgres', 'cloudsql'], 'postgres')
    : undefined;
  const timeout = values.timeout === undefined ? 600 : Number(values.timeout);
  if (!(timeout >= 0)) throw new UsageError(`pgci ${name}: --timeout takes a number of seconds.`);
  const databaseUrl = values['database-url'] ?? io.env.DATABASE_URL;
  const ipType = values['ip-type']
    ? oneOf(name, 'ip-type', values['ip-type'].toUpperCase(), IP_TYPES, 'PUBLIC')
    : undefined;
  let result: ProvisionResult;
  try {
    result = await provision(name, {
      configFile: values.config ?? DEFAULT_CONFIG_PATH,
      ...(target ? { target } : {}),
      ...(databaseUrl ? { databaseUrl } : {}),
      ...(values['api-endpoint'] ? { apiEndpoint: values['api-endpoint'] } : {}),
      ...(values['db-user'] ? { dbUser: values['db-user'] } : {}),
      ...(values['db-password'] ? { dbPassword: values['db-password'] } : {}),
      ...(ipType ? { ipType } : {}),
      safety: {
        prune: Boolean(values.prune),
        allowDestroy: Boolean(values['allow-destroy']),
        allowRestart: Boolean(values['allow-restart']),
      },
      env: io.env,
      timeoutMs: timeout * 1000,
      onProgress: (line) => io.stderr(`pgci ${name}: ${line}\n`),
    });
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError || err instanceof ConnectionError)
      throw err;
    // An operation that failed (a lock held, a statement or API call refused): one clear line.
    io.stderr(`pgci ${name}: ${(err as Error)?.message ?? String(err)}\n`);
    if (io.env.PGCI_DEBUG) io.stderr(`${(err as Error)?.stack ?? ''}\n`);
    return 'failed';
  }
  return { result, format, detailed: Boolean(values['detailed-exitcode']) };
}
