/**
 * The cloudsql target's SQL-level part through @google-cloud/cloud-sql-connector against the
 * emulator's connect surface (connectSettings, generateEphemeralCert, mTLS on 127.x.y.z:3307)
 * and the instance's real PostgreSQL: a built-in user with a password, an IAM service account
 * with automatic IAM authentication, a bad token, another principal's token, a client
 * certificate from another CA, and an ip type the instance lacks.
 */
import { connect as tlsConnect } from 'node:tls';
import { generateKeyPairSync } from 'node:crypto';
import pg from 'pg';
import { openConnector } from '../../src/cloudsql/connector.js';
import { ConnectionError } from '../../src/postgres/connect.js';
import { provision, type ProvisionOptions } from '../../src/provision/provision.js';
import { CertificateAuthority } from '../emulators/cloudsql/connect.js';
import { startCloudSqlEmulator, type CloudSqlEmulator } from '../emulators/cloudsql/server.js';
import { runCli } from '../helpers/cli.js';
import { runNode } from '../helpers/run-node.js';
import {
  configWorkspace,
  PASSWORDS,
  smallConfig,
  type ConfigWorkspace,
} from '../helpers/provision.js';

const PROJECT = 'pgci-test';
const DEPLOYER = `pgci-deployer@${PROJECT}.iam.gserviceaccount.com`;
const DEPLOYER_DB_USER = `pgci-deployer@${PROJECT}.iam`;
const ADMIN_PASSWORD = 'admin-Secret-7c1e0b9d4f';

let em: CloudSqlEmulator;
let ws: ConfigWorkspace;
let name: string;
let connectionName: string;
let deployerToken: string;

function config(p: string) {
  const small = smallConfig(p);
  return {
    ...small,
    // No `owner:`: as a non-superuser (Cloud SQL's users), ALTER DATABASE … OWNER TO a role the
    // user created needs SET on it (PostgreSQL 16+); see the report's open points.
    databases: small.databases.map(({ owner: _owner, ...db }) => db),
    roles: [
      ...small.roles,
      { name: `${p}_admin`, login: true, password: '${PGCI_TEST_ADMIN_PASSWORD}' },
      { name: `${p}_deployers`, login: false, iam: DEPLOYER, memberOf: [`${p}_owner`] },
    ],
    instance: {
      name: `c-${p}`,
      project: PROJECT,
      region: 'us-central1',
      // 15: a CREATEROLE user may alter the API's other users there (16+ needs ADMIN OPTION).
      databaseVersion: 'POSTGRES_15',
      edition: 'ENTERPRISE',
      tier: 'db-custom-1-3840',
      availability: 'zonal',
      disk: { type: 'PD_SSD', sizeGb: 20, autoResize: true, autoResizeLimitGb: 100 },
      network: { publicIp: true, sslMode: 'ENCRYPTED_ONLY' },
      backups: { enabled: true, startTime: '03:00', pointInTimeRecovery: true, retainedBackups: 7 },
      deletionProtection: false,
    },
    parameters: { 'cloudsql.iam_authentication': 'on' },
  };
}

const env = () => ({
  ...PASSWORDS,
  PGCI_TEST_ADMIN_PASSWORD: ADMIN_PASSWORD,
  GOOGLE_OAUTH_ACCESS_TOKEN: deployerToken,
});
const run = (mode: 'plan' | 'apply', extra: Partial<ProvisionOptions> = {}) =>
  provision(mode, {
    configFile: ws.file,
    apiEndpoint: em.url,
    env: env(),
    pollInitialMs: 50,
    retryBaseMs: 20,
    timeoutMs: 60_000,
    ...extra,
  });

/** The connector with automatic IAM authentication as the deployer, with a given token. */
const deployerLogin = (token: string) =>
  openConnector({
    connectionName,
    ipType: 'PUBLIC',
    user: DEPLOYER,
    apiEndpoint: em.url,
    env: { GOOGLE_OAUTH_ACCESS_TOKEN: token },
  });

async function superuser<T extends pg.QueryResultRow>(sql: string, database = 'postgres') {
  const c = new pg.Client({ connectionString: em.databaseUrl(PROJECT, name, database) });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  em = await startCloudSqlEmulator({ faults: { operationMs: 150 }, connect: true });
  deployerToken = em.connect!.issueToken(DEPLOYER);
  ws = await configWorkspace();
  await ws.migration('001.do.t.sql', 'CREATE TABLE t (id bigserial PRIMARY KEY, v text);');
  await ws.write(config(ws.p));
  name = `c-${ws.p}`;
  connectionName = `${PROJECT}:us-central1:${name}`;
}, 60_000);
afterAll(async () => {
  await em?.close();
  await ws?.remove();
});

it('applies from nothing through the connector as a built-in user with a password', async () => {
  const secrets: string[] = [];
  const applied = await run('apply', {
    dbUser: `${ws.p}_admin`,
    dbPassword: '${PGCI_TEST_ADMIN_PASSWORD}',
    onSecret: (s) => secrets.push(s),
  });
  expect(applied.report.status).toBe('pass');
  expect(secrets).toEqual(expect.arrayContaining([ADMIN_PASSWORD, deployerToken]));
  // The SQL-level part ran through the tunnel: the migration table, the grants, the extension.
  expect(await superuser(`SELECT count(*)::int AS n FROM t`, `${ws.p}_app`)).toEqual([{ n: 0 }]);
  const ext = await superuser(
    `SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`,
    `${ws.p}_app`,
  );
  expect(ext).toHaveLength(1);
  const ip = String(
    (em.instances.get(`${PROJECT}/${name}`)!.json.ipAddresses as { ipAddress: string }[])[0]!
      .ipAddress,
  );
  expect(ip).toMatch(/^127\.(\d+)\.(\d+)\.(\d+)$/);
  expect(ip).not.toBe('127.0.0.1');
  // The output names the instance's address, never the local tunnel; no password anywhere.
  expect(applied.outputs['database-url']).toBe(`postgres://${ip}:5432/${ws.p}_app`);
  expect(JSON.stringify(applied)).not.toContain(ADMIN_PASSWORD);
  // The certificate requests are not mutations: a second apply through the connector sends none.
  em.clearRequests();
  const again = await run('apply', {
    dbUser: `${ws.p}_admin`,
    dbPassword: '${PGCI_TEST_ADMIN_PASSWORD}',
  });
  expect(again.mutations).toBe(0);
  expect(em.requests()).toEqual([]);
});

it('logs in as an IAM service account with automatic IAM authentication, no password', async () => {
  // The plan's SQL part runs as the IAM user through the connector (it reads the roles the
  // admin made). Default privileges and migrations are the connecting user's own, so that user
  // sees them as still to do: apply with the user that will keep applying.
  const plan = await run('plan', { dbUser: DEPLOYER });
  const actions = Object.fromEntries(plan.plan.changes.map((c) => [c.resource, c.action]));
  expect(actions).toMatchObject({
    [`role/${ws.p}_app`]: 'no-op',
    [`role/${ws.p}_deployers`]: 'no-op',
    [`database/${ws.p}_app`]: 'no-op',
  });
  expect(actions.sql).toBeUndefined();
  const tunnel = await deployerLogin(deployerToken);
  try {
    expect(tunnel).toMatchObject({ user: DEPLOYER_DB_USER, iam: true });
    expect(new URL(tunnel.url).password).toBe('');
    const c = new pg.Client({ connectionString: tunnel.url });
    await c.connect();
    const { rows } = await c.query<{ u: string; owner: boolean }>(
      `SELECT session_user AS u, pg_has_role(session_user, '${ws.p}_owner', 'MEMBER') AS owner`,
    );
    await c.end();
    expect(rows).toEqual([{ u: DEPLOYER_DB_USER, owner: true }]);
  } finally {
    await tunnel.close();
  }
});

it('refuses a bad token with a clear message', async () => {
  const err = await run('plan', {
    dbUser: DEPLOYER,
    env: { ...env(), GOOGLE_OAUTH_ACCESS_TOKEN: 'not-a-token' },
  }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConnectionError);
  expect((err as Error).message).toMatch(
    /^The Cloud SQL Admin API refused the connector's credentials for Cloud SQL instance pgci-test:us-central1:c-\w+ \(HTTP 401: .*\); the token in GOOGLE_OAUTH_ACCESS_TOKEN was refused; give a fresh one\./,
  );
  // The command line: one line, exit 1, and the token never printed.
  const cli = await runCli(
    ['plan', '-c', ws.file, '--api-endpoint', em.url, '--db-user', DEPLOYER],
    { ...env(), GOOGLE_OAUTH_ACCESS_TOKEN: 'not-a-token' },
  );
  expect(cli.code).toBe(1);
  // A progress line, then one line that says what went wrong and what to do.
  const lines = cli.stderr.trim().split('\n');
  expect(lines[0]).toMatch(/through the Cloud SQL connector \(PUBLIC IP\)/);
  expect(lines.slice(1)).toEqual([
    expect.stringMatching(
      /^pgci plan: The Cloud SQL Admin API refused the connector's credentials/,
    ),
  ]);
  expect(cli.stderr + cli.stdout).not.toContain('not-a-token');
});

it('refuses a wrong password with a clear message and never repeats it', async () => {
  const err = await openConnector({
    connectionName,
    ipType: 'PUBLIC',
    user: `${ws.p}_admin`,
    password: '${PGCI_TEST_ADMIN_PASSWORD}',
    apiEndpoint: em.url,
    env: { GOOGLE_OAUTH_ACCESS_TOKEN: deployerToken, PGCI_TEST_ADMIN_PASSWORD: 'wrong-Guess-1234' },
  }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConnectionError);
  expect((err as Error).message).toBe(
    `The Cloud SQL instance ${connectionName} refused ${ws.p}_admin (a password) through the connector: password authentication failed for user "${ws.p}_admin"; check the user and the password in \${PGCI_TEST_ADMIN_PASSWORD}.`,
  );
  expect((err as Error).message).not.toContain('wrong-Guess');
});

it('refuses an IAM login whose token belongs to another principal', async () => {
  const other = em.connect!.issueToken(`someone-else@${PROJECT}.iam.gserviceaccount.com`);
  const err = await deployerLogin(other).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConnectionError);
  expect((err as Error).message).toMatch(
    /refused pgci-deployer@pgci-test\.iam \(automatic IAM authentication\) through the connector: Cloud SQL IAM user authentication failed .*someone-else@/,
  );
});

it('refuses a client certificate signed by another CA before PostgreSQL sees it', async () => {
  const res = await fetch(`${em.url}/v1/projects/${PROJECT}/instances/${name}/connectSettings`, {
    headers: { authorization: `Bearer ${deployerToken}` },
  });
  expect(res.status).toBe(200);
  const settings = (await res.json()) as {
    serverCaCert: { cert: string };
    ipAddresses: { type: string; ipAddress: string }[];
  };
  const host = settings.ipAddresses.find((a) => a.type === 'PRIMARY')!.ipAddress;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const stranger = new CertificateAuthority('someone else').sign('intruder', publicKey);
  const before = em.connect!.refusals.length;
  const outcome = await new Promise<string>((resolve) => {
    const s = tlsConnect({
      host,
      port: 3307,
      ca: settings.serverCaCert.cert,
      cert: stranger.pem,
      key: privateKey,
      minVersion: 'TLSv1.3',
      checkServerIdentity: () => undefined,
    });
    // TLS 1.3: the server's refusal of the client certificate arrives after the handshake.
    s.on('secureConnect', () => s.write(Buffer.from([0, 0, 0, 8, 4, 210, 22, 47])));
    s.on('data', () => resolve('answered'));
    s.on('error', (e) => resolve(`error: ${e.message}`));
    s.on('close', () => resolve('closed'));
  });
  expect(outcome).not.toBe('answered');
  expect(em.connect!.refusals.slice(before).join('\n')).toMatch(/TLS refused/);
});

it('says clearly when the instance has no address of the chosen ip type', async () => {
  const err = await run('plan', { dbUser: DEPLOYER, ipType: 'PRIVATE' }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConnectionError);
  expect((err as Error).message).toBe(
    `Cannot connect to Cloud SQL instance ${connectionName} with ip type PRIVATE: the instance has no private IP. Choose the ip type the instance has (--ip-type PUBLIC or PSC) or give the instance one (network.publicIp / network.privateNetwork in pgci.yml).`,
  );
});

it('dials the private IP once the instance has one', async () => {
  const c = config(ws.p);
  c.instance.network = {
    ...c.instance.network,
    privateNetwork: `projects/${PROJECT}/global/networks/default`,
  } as typeof c.instance.network;
  await ws.write(c);
  const dbUser = { dbUser: `${ws.p}_admin`, dbPassword: '${PGCI_TEST_ADMIN_PASSWORD}' };
  const applied = await run('apply', { ...dbUser, ipType: 'PUBLIC' });
  expect(applied.report.status).toBe('pass');
  const privateIp = applied.outputs['private-ip'];
  expect(privateIp).toMatch(/^127\./);
  expect(privateIp).not.toBe(applied.outputs['public-ip']);
  const progress: string[] = [];
  const plan = await run('plan', {
    ...dbUser,
    ipType: 'PRIVATE',
    onProgress: (l) => progress.push(l),
  });
  expect(progress).toContain(
    `connecting to ${connectionName} through the Cloud SQL connector (PRIVATE IP) as ${ws.p}_admin`,
  );
  expect(plan.plan.changes.filter((ch) => ch.action !== 'no-op')).toEqual([]);
});

it('works from the built command-line bundle, as a runner runs it', async () => {
  const r = await runNode(
    'dist/cli/index.js',
    ['plan', '-c', ws.file, '--api-endpoint', em.url, '--db-user', DEPLOYER, '-f', 'json'],
    { ...env() },
  );
  expect(r.stderr).toMatch(/through the Cloud SQL connector \(PUBLIC IP\) as pgci-deployer@/);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout) as { reports?: unknown[] } | unknown[];
  expect(JSON.stringify(report)).toContain(`role/${ws.p}_deployers`);
  expect(r.stdout + r.stderr).not.toContain(deployerToken);
});
