/**
 * Reaching a Cloud SQL instance's PostgreSQL without a URL: `@google-cloud/cloud-sql-connector`
 * fetches the instance's connect settings and an ephemeral client certificate from the Admin
 * API, and dials the instance's server-side proxy (port 3307) over mutual TLS, as the Auth
 * Proxy does, with automatic IAM database authentication or a built-in user's password.
 *
 * The rest of pgci speaks in connection URLs (one per database it visits), so the tunnel is a
 * Unix socket in a private temporary directory that hands every connection to the connector's
 * stream: `postgres://user@localhost:5432/db?host=<dir>`. Close it when done.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ENV_REFERENCE } from '../config/env-reference.js';
import { InputError } from '../config/load.js';
import type { PgciConfig } from '../config/schema.js';
import { ConnectionError } from '../postgres/connect.js';

export const IP_TYPES = ['PUBLIC', 'PRIVATE', 'PSC'] as const;
export type IpType = (typeof IP_TYPES)[number];

/** Where a fixed OAuth access token can be given (Terraform's google provider reads it too). */
export const ACCESS_TOKEN_ENV = 'GOOGLE_OAUTH_ACCESS_TOKEN';

export interface ConnectorLogin {
  /** project:region:instance */
  connectionName: string;
  ipType: IpType;
  /** A built-in user's name, or an IAM principal's email (automatic IAM authentication). */
  user: string;
  /** Built-in users: the password as a `${ENV}` reference, resolved from `env`. */
  password?: string;
  /** Database the tunnel URL names (default postgres). */
  database?: string;
  /** The Admin API root the connector calls (an emulator: http://127.0.0.1:N). */
  apiEndpoint?: string;
  env: Record<string, string | undefined>;
  /** Give up on the Admin API calls and the first login after this long (default 60 s). */
  timeoutMs?: number;
  onSecret?: (value: string) => void;
}

export interface ConnectorTunnel {
  /** A URL for pg through the tunnel; carries the password for a built-in user. */
  url: string;
  /** The database user: the built-in name, or the IAM database user name. */
  user: string;
  iam: boolean;
  ipType: IpType;
  close(): Promise<void>;
}

/**
 * The database user and authentication for a login name: an email is an IAM principal (a
 * service account's database user drops `.gserviceaccount.com`), anything else a built-in user.
 */
export function databaseUser(login: string): { user: string; iam: boolean } {
  if (!login.includes('@')) return { user: login, iam: false };
  return { user: login.replace(/\.gserviceaccount\.com$/, ''), iam: true };
}

/** The ip type to dial when none is given: private when the config turns the public IP off. */
export function defaultIpType(config: PgciConfig): IpType {
  const net = config.instance?.network;
  return net?.publicIp === false && net.privateNetwork ? 'PRIVATE' : 'PUBLIC';
}

/** The password of a built-in user, from a `${ENV}` reference only (never a literal). */
function resolvePassword(login: ConnectorLogin): string {
  const ref = login.password ?? '';
  const m = ENV_REFERENCE.exec(ref);
  if (!m) {
    throw new InputError(
      ref
        ? `--db-password must be a reference such as \${PGCI_DB_PASSWORD}, not the password itself; put the password in that environment variable.`
        : `The built-in database user ${login.user} needs --db-password \${VARIABLE} (an environment variable holding its password), or give an IAM principal's email as --db-user for automatic IAM authentication.`,
    );
  }
  const value = login.env[m[1]!];
  if (!value) {
    throw new InputError(
      `--db-password names \${${m[1]}}, but the environment variable ${m[1]} is empty; set it to the password of ${login.user}.`,
    );
  }
  return value;
}

type ConnectorModule = typeof import('@google-cloud/cloud-sql-connector');
type Connector = InstanceType<ConnectorModule['Connector']>;

/** A credential the connector accepts without Google: a fixed access token. */
async function tokenClient(token: string) {
  const { OAuth2Client } = await import('google-auth-library');
  const client = new OAuth2Client();
  // No expiry_date: the token is used as given, never refreshed.
  client.setCredentials({ access_token: token });
  return client;
}

/** The connector's and the Admin API's failures, as one sentence that says what to do. */
export function explainConnectorError(err: unknown, login: ConnectorLogin): ConnectionError {
  const e = err as {
    code?: string | number;
    status?: number;
    response?: { status?: number; data?: { error?: { message?: string } } };
    message?: string;
  };
  const where = `Cloud SQL instance ${login.connectionName}`;
  const status = e.status ?? e.response?.status;
  const apiMessage = e.response?.data?.error?.message ?? e.message ?? String(err);
  const tokenHint = login.env[ACCESS_TOKEN_ENV]
    ? `the token in ${ACCESS_TOKEN_ENV} was refused; give a fresh one`
    : `set up Application Default Credentials (google-github-actions/auth in a workflow, \`gcloud auth application-default login\` on a laptop) or put an access token in ${ACCESS_TOKEN_ENV}`;
  const missingIp: Record<string, string> = {
    ENOPUBLICSQLADMINIPADDRESS: 'public IP',
    ENOPRIVATESQLADMINIPADDRESS: 'private IP',
    ENOPSCSQLADMINIPADDRESS: 'Private Service Connect address',
  };
  const code = String(e.code ?? '');
  if (missingIp[code]) {
    return new ConnectionError(
      `Cannot connect to ${where} with ip type ${login.ipType}: the instance has no ${missingIp[code]}. Choose the ip type the instance has (--ip-type ${IP_TYPES.filter((t) => t !== login.ipType).join(' or ')}) or give the instance one (network.publicIp / network.privateNetwork in pgci.yml).`,
    );
  }
  if (status === 401 || status === 403) {
    return new ConnectionError(
      `The Cloud SQL Admin API refused the connector's credentials for ${where} (HTTP ${status}: ${apiMessage.replace(/\.$/, '')}); ${tokenHint}. The principal needs roles/cloudsql.client${databaseUser(login.user).iam ? ' and roles/cloudsql.instanceUser' : ''}.`,
    );
  }
  if (status === 404) {
    return new ConnectionError(
      `Cannot connect to ${where}: the Admin API does not know it (404); check the project, region and instance name.`,
    );
  }
  if (status === 400 && /access_token/i.test(apiMessage)) {
    return new ConnectionError(
      `Cannot connect to ${where} with IAM authentication: the Admin API refused the access token for the certificate (${apiMessage.replace(/\.$/, '')}); ${tokenHint}.`,
    );
  }
  if (/Could not load the default credentials|Unable to detect a Project Id/i.test(apiMessage)) {
    return new ConnectionError(`Cannot connect to ${where}: no Google credentials; ${tokenHint}.`);
  }
  if (code === 'EBADSQLADMINREGION') {
    return new ConnectionError(
      `Cannot connect to ${where}: ${apiMessage}; fix the region in pgci.yml.`,
    );
  }
  return new ConnectionError(
    `Cannot connect to ${where} through the Cloud SQL connector: ${apiMessage.replace(/\.$/, '')}.`,
  );
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what} did not answer within ${Math.round(ms / 1000)} s`)),
        ms,
      );
      timer.unref();
    }),
  ]);
}

/**
 * Opens the connector for one login and a local tunnel to it, checks that the login works, and
 * returns the tunnel's URL. Every failure is a ConnectionError or InputError with what to do.
 */
export async function openConnector(login: ConnectorLogin): Promise<ConnectorTunnel> {
  const { user, iam } = databaseUser(login.user);
  const password = iam ? undefined : resolvePassword(login);
  if (password) login.onSecret?.(password);
  const token = login.env[ACCESS_TOKEN_ENV];
  if (token) login.onSecret?.(token);
  const timeoutMs = login.timeoutMs ?? 60_000;

  const { Connector, AuthTypes, IpAddressTypes } =
    await import('@google-cloud/cloud-sql-connector');
  const connector: Connector = new Connector({
    ...(login.apiEndpoint ? { sqlAdminAPIEndpoint: login.apiEndpoint } : {}),
    ...(token ? { auth: await tokenClient(token) } : {}),
  });
  let server: Server | undefined;
  let dir: string | undefined;
  const sockets = new Set<Socket>();
  let loaded = false;
  const close = async () => {
    for (const s of sockets) s.destroy();
    if (server) await new Promise<void>((r) => server!.close(() => r()));
    // Connector 1.13 closes a failed instance with `promise.then(close)` and no catch, an
    // unhandled rejection: close only what loaded (a failed load leaves no timer or socket).
    if (loaded) connector.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
  try {
    let stream: () => Socket;
    try {
      ({ stream } = (await withTimeout(
        connector.getOptions({
          instanceConnectionName: login.connectionName,
          ipType: IpAddressTypes[login.ipType],
          authType: iam ? AuthTypes.IAM : AuthTypes.PASSWORD,
        }),
        timeoutMs,
        'The Cloud SQL Admin API',
      )) as unknown as { stream: () => Socket });
      loaded = true;
    } catch (err) {
      throw explainConnectorError(err, login);
    }
    // A socket directory only this user can enter: the tunnel logs in as whoever connects.
    dir = await mkdtemp(join(tmpdir(), 'pgci-connector-'));
    server = createServer((local) => {
      const remote = stream();
      sockets.add(local).add(remote);
      const drop = () => {
        local.destroy();
        remote.destroy();
        sockets.delete(local);
        sockets.delete(remote);
      };
      local.on('error', drop).on('close', drop);
      remote.on('error', drop).on('close', drop);
      local.pipe(remote);
      remote.pipe(local);
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(join(dir!, '.s.PGSQL.5432'), () => resolve());
    });
    const u = new URL('postgres://localhost:5432/');
    u.username = encodeURIComponent(user);
    if (password) u.password = encodeURIComponent(password);
    u.pathname = `/${encodeURIComponent(login.database ?? 'postgres')}`;
    u.searchParams.set('host', dir);
    const url = u.toString();
    await checkLogin(url, login, user, iam, timeoutMs);
    return { url, user, iam, ipType: login.ipType, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** One login through the tunnel, so a refused user or password is said once, clearly. */
async function checkLogin(
  url: string,
  login: ConnectorLogin,
  user: string,
  iam: boolean,
  timeoutMs: number,
): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
  } catch (err) {
    const e = err as { code?: string; message?: string };
    const how = iam ? 'automatic IAM authentication' : 'a password';
    const hint =
      e.code === '28P01' || e.code === '28000'
        ? iam
          ? `create the IAM database user (roles: - iam: ${login.user} in pgci.yml, applied once with a built-in user) and let the token's principal be ${login.user}`
          : `check the user and the password in ${login.password ?? 'the password variable'}`
        : 'check the instance is running and reachable on the chosen ip type';
    throw new ConnectionError(
      `The Cloud SQL instance ${login.connectionName} refused ${user} (${how}) through the connector: ${(e.message ?? String(err)).replace(/\.$/, '')}; ${hint}.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
