/* eslint-disable @typescript-eslint/no-explicit-any -- API JSON read loosely in assertions */
/**
 * The cloudsql target against the Cloud SQL Admin API emulator (each instance backed by a real
 * PostgreSQL): create from nothing, a no-op re-apply with zero mutating requests, updates,
 * refusals before any call, injected faults, a killed apply resumed (the built bundle), two
 * applies at once, bad credentials and an unreachable endpoint.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { provision, type ProvisionOptions } from '../../src/provision/provision.js';
import { startCloudSqlEmulator, type CloudSqlEmulator } from '../emulators/cloudsql/server.js';
import { ROOT } from '../helpers/paths.js';
import {
  configWorkspace,
  PASSWORDS,
  smallConfig,
  type ConfigWorkspace,
} from '../helpers/provision.js';

let em: CloudSqlEmulator;
let ws: ConfigWorkspace;
beforeAll(async () => {
  em = await startCloudSqlEmulator({ faults: { operationMs: 150 } });
});
afterAll(() => em?.close());
beforeEach(async () => {
  ws = await configWorkspace();
  await ws.migration('001.do.t.sql', 'CREATE TABLE t (id bigserial PRIMARY KEY, v text);');
  em.setFaults({ operationMs: 150 });
});
afterEach(() => ws.remove());

function instanceConfig(name: string, extra: Record<string, unknown> = {}) {
  return {
    instance: {
      name,
      project: 'pgci-test',
      region: 'us-central1',
      databaseVersion: 'POSTGRES_17',
      edition: 'ENTERPRISE',
      tier: 'db-custom-1-3840',
      availability: 'zonal',
      disk: { type: 'PD_SSD', sizeGb: 20, autoResize: true, autoResizeLimitGb: 100 },
      network: {
        publicIp: true,
        sslMode: 'ENCRYPTED_ONLY',
        authorizedNetworks: [{ name: 'office', cidr: '203.0.113.0/24' }],
      },
      backups: { enabled: true, startTime: '03:00', pointInTimeRecovery: true, retainedBackups: 7 },
      deletionProtection: true,
      labels: { app: 'pgci' },
      ...extra,
    },
    parameters: { work_mem: '8MB', log_lock_waits: 'on' },
  };
}

const fast: Partial<ProvisionOptions> = { pollInitialMs: 50, retryBaseMs: 20, timeoutMs: 60_000 };
const run = (mode: 'plan' | 'apply', extra: Partial<ProvisionOptions> = {}) =>
  provision(mode, { configFile: ws.file, apiEndpoint: em.url, env: PASSWORDS, ...fast, ...extra });

it('creates the instance, databases, users and SQL objects; a second apply sends nothing', async () => {
  const name = `i-${ws.p}`;
  await ws.write({ ...smallConfig(ws.p), ...instanceConfig(name) });
  em.clearRequests();
  const plan = await run('plan');
  expect(plan.plan.changes.map((c) => `${c.resource}:${c.action}`)).toEqual([
    `instance/${name}:create`,
    `database/${ws.p}_app:create`,
    `user/${ws.p}_migrator:create`,
    `user/${ws.p}_app:create`,
    'sql:skip',
  ]);
  expect(em.requests()).toEqual([]);

  const applied = await run('apply');
  expect(applied.report.status).toBe('pass');
  expect(applied.outputs).toMatchObject({
    'connection-name': `pgci-test:us-central1:${name}`,
    'public-ip': '127.0.0.1',
    changed: 'true',
  });
  expect(applied.outputs['database-url']).not.toMatch(/:[^@/]*@/); // no password
  const sent = em
    .requests()
    .map((r) => `${r.method} ${r.path.replace(/.*\/instances/, '/instances')}`);
  expect(sent).toEqual([
    'POST /instances',
    `POST /instances/${name}/databases`,
    `POST /instances/${name}/users`,
    `POST /instances/${name}/users`,
  ]);
  // Passwords never reach the request log, the plan or the report.
  expect(JSON.stringify([em.requests(), applied])).not.toContain(PASSWORDS.PGCI_TEST_APP_PASSWORD);
  // The SQL-level part ran on the instance's PostgreSQL: the app logs in and uses the table.
  const url = new URL(em.databaseUrl('pgci-test', name, `${ws.p}_app`)!);
  url.username = `${ws.p}_app`;
  url.password = PASSWORDS.PGCI_TEST_APP_PASSWORD;
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  await c.query(`INSERT INTO t (v) VALUES ('ok')`);
  expect((await c.query('SHOW work_mem')).rows[0].work_mem).toBe('8MB'); // the flag reached the server
  await c.end();

  em.clearRequests();
  const again = await run('apply');
  expect(again.report.summary).toContain('nothing to change');
  expect(again.mutations).toBe(0);
  expect(em.requests()).toEqual([]);

  // Updates: labels, authorized networks, a flag (lists sent whole), then a restart-only change.
  const cfg = { ...smallConfig(ws.p), ...instanceConfig(name) } as Record<string, any>;
  cfg.instance.labels = { app: 'pgci', team: 'db' };
  cfg.instance.network.authorizedNetworks.push({ name: 'vpn', cidr: '198.51.100.0/24' });
  cfg.parameters.work_mem = '16MB';
  await ws.write(cfg);
  const up = await run('plan');
  expect(up.plan.changes[0]).toMatchObject({ action: 'update', flags: {} });
  expect(up.plan.changes[0]!.fields.map((f) => f.field).sort()).toEqual([
    'settings.databaseFlags',
    'settings.ipConfiguration.authorizedNetworks',
    'settings.userLabels',
  ]);
  await run('apply');
  const patch = em.requests().find((r) => r.method === 'PATCH')!.body as any;
  expect(patch.settings.databaseFlags).toEqual([
    { name: 'log_lock_waits', value: 'on' },
    { name: 'work_mem', value: '16384' },
  ]);
  expect(patch.settings.ipConfiguration.authorizedNetworks.map((n: any) => n.value)).toEqual([
    '203.0.113.0/24',
    '198.51.100.0/24',
  ]);

  cfg.instance.tier = 'db-custom-2-7680';
  await ws.write(cfg);
  em.clearRequests();
  const restart = await run('apply');
  expect(restart.report.status).toBe('fail');
  expect(restart.plan.changes[0]).toMatchObject({
    action: 'refused',
    flags: { requiresRestart: true },
    note: expect.stringContaining('allow-restart'),
  });
  expect(em.requests()).toEqual([]);
  expect((await run('apply', { safety: { allowRestart: true } })).report.status).toBe('pass');
  expect(em.instances.get(`pgci-test/${name}`)!.restarts).toBe(1);

  // Immutable changes are refused at plan time, before any call.
  for (const [path, value, why] of [
    ['region', 'europe-west1', 'region cannot change'],
    ['disk', { type: 'PD_HDD', sizeGb: 20 }, 'disk type cannot change'],
    ['disk', { type: 'PD_SSD', sizeGb: 10 }, 'disk size cannot shrink'],
    ['databaseVersion', 'POSTGRES_15', 'downgrade'],
  ] as const) {
    const bad = JSON.parse(JSON.stringify(cfg));
    bad.instance[path] = value;
    await ws.write(bad);
    em.clearRequests();
    const r = await run('apply', { safety: { allowRestart: true } });
    expect(r.plan.changes[0]).toMatchObject({
      action: 'refused',
      flags: { immutable: true },
      note: expect.stringContaining(why),
    });
    expect(em.requests()).toEqual([]);
  }
});

it('clears every flag with an empty list, and prunes databases through the API', async () => {
  const name = `d-${ws.p}`;
  const cfg = { ...smallConfig(ws.p), ...instanceConfig(name) } as Record<string, any>;
  await ws.write(cfg);
  expect((await run('apply')).report.status).toBe('pass');
  const server = () => em.databaseUrl('pgci-test', name, 'postgres')!;
  const sql = async (text: string, db = 'postgres') => {
    const u = new URL(server());
    u.pathname = `/${db}`;
    const c = new pg.Client({ connectionString: u.toString() });
    await c.connect();
    try {
      return (await c.query(text)).rows;
    } finally {
      await c.end();
    }
  };
  expect(await sql('SHOW work_mem')).toEqual([{ work_mem: '8MB' }]);

  // No parameters left in the config: the PATCH carries databaseFlags: [] (gax would drop it).
  delete cfg.parameters;
  await ws.write(cfg);
  const plan = await run('plan');
  expect(plan.plan.changes[0]).toMatchObject({
    action: 'update',
    fields: [
      { field: 'settings.databaseFlags', old: 'log_lock_waits=on, work_mem=8192', new: '(none)' },
    ],
  });
  em.clearRequests();
  expect((await run('apply')).report.status).toBe('pass');
  const patches = em.requests().filter((r) => r.method === 'PATCH');
  expect(patches).toHaveLength(1);
  expect((patches[0]!.body as any).settings.databaseFlags).toEqual([]);
  expect(await sql('SHOW work_mem')).toEqual([{ work_mem: '4MB' }]); // back to the default
  em.clearRequests();
  const noop = await run('apply');
  expect(noop.plan.changes.filter((c) => !['no-op', 'skip'].includes(c.action))).toEqual([]);
  expect(noop.mutations).toBe(0);
  expect(em.requests()).toEqual([]);

  // Databases the config no longer lists: kept, then deleted through the API under prune.
  await sql(`CREATE DATABASE ${ws.p}_old_empty`);
  await sql(`CREATE DATABASE ${ws.p}_old_full`);
  await sql('CREATE TABLE kept (id int)', `${ws.p}_old_full`);
  const kept = new Map((await run('plan')).plan.changes.map((c) => [c.resource, c]));
  expect(kept.get(`database/${ws.p}_old_empty`)).toMatchObject({
    action: 'skip',
    note: expect.stringContaining('prune'),
  });
  const pruned = new Map(
    (await run('plan', { safety: { prune: true } })).plan.changes.map((c) => [c.resource, c]),
  );
  expect(pruned.get(`database/${ws.p}_old_empty`)).toMatchObject({
    action: 'delete',
    flags: { destructive: true },
    note: 'through the Cloud SQL API',
  });
  expect(pruned.get(`database/${ws.p}_old_full`)).toMatchObject({
    action: 'refused',
    note: expect.stringContaining('holds 1 table(s)'),
  });
  em.clearRequests();
  expect((await run('apply', { safety: { prune: true } })).report.status).toBe('fail');
  expect(em.requests()).toEqual([]); // refused at plan time, before any call
  const applied = await run('apply', { safety: { prune: true, allowDestroy: true } });
  expect(applied.report.status).toBe('pass');
  expect(em.requests().map((r) => `${r.method} ${r.path.replace(/.*\/instances\//, '')}`)).toEqual([
    `DELETE ${name}/databases/${ws.p}_old_empty`,
    `DELETE ${name}/databases/${ws.p}_old_full`,
  ]);
  expect(await sql(`SELECT datname FROM pg_database WHERE datname LIKE '${ws.p}_old%'`)).toEqual(
    [],
  );
  em.clearRequests();
  expect((await run('apply', { safety: { prune: true } })).mutations).toBe(0);
  expect(em.requests()).toEqual([]);
}, 180_000); // an instance and nine applies: minutes on a loaded runner

it('converges with 30% injected transient faults (429, 503, 409 in progress)', async () => {
  await ws.write({ ...smallConfig(ws.p), ...instanceConfig(`f-${ws.p}`) });
  em.clearRequests();
  em.setFaults({ rate429: 0.1, rate503: 0.1, rate409: 0.1, operationMs: 150, seed: 7 });
  const applied = await run('apply');
  expect(applied.report.status).toBe('pass');
  const faults = em.faultsInjected().map((r) => r.fault);
  expect(faults.length).toBeGreaterThanOrEqual(3); // 429s and 503s on reads and writes, 409s on writes
  em.setFaults({ operationMs: 150 });
  em.clearRequests();
  expect((await run('apply')).mutations).toBe(0);
  expect(em.requests()).toEqual([]);
});

it('the built bundle talks to the emulator; killed mid-operation, the next apply waits and finishes', async () => {
  const name = `k-${ws.p}`;
  await ws.write({ ...smallConfig(ws.p), ...instanceConfig(name) });
  em.setFaults({ operationMs: 4000 });
  em.clearRequests();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'dist/cli/index.js'), 'apply', '-c', ws.file, '--api-endpoint', em.url],
    {
      env: { PATH: process.env.PATH ?? '', ...PASSWORDS },
      stdio: 'ignore',
    },
  );
  const exited = new Promise((r) => child.on('exit', r));
  const deadline = Date.now() + 30_000;
  while (!em.requests().some((r) => r.method === 'POST') && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  child.kill('SIGKILL');
  await exited;
  expect(em.requests().map((r) => r.method)).toEqual(['POST']); // the insert, then killed

  em.setFaults({ operationMs: 150 });
  const lines: string[] = [];
  const resumed = await run('apply', { onProgress: (l) => lines.push(l) });
  expect(resumed.report.status).toBe('pass');
  expect(lines.some((l) => l.includes('already in flight'))).toBe(true);
  expect(
    em.requests().filter((r) => r.method === 'POST' && r.path.endsWith('/instances')),
  ).toHaveLength(1);
});

it('two applies at once: one creates, the other waits or stops with a clear message', async () => {
  await ws.write({ ...smallConfig(ws.p), ...instanceConfig(`c-${ws.p}`) });
  const results = await Promise.allSettled([run('apply'), run('apply')]);
  const ok = results.filter((r) => r.status === 'fulfilled');
  expect(ok.length).toBeGreaterThanOrEqual(1);
  for (const r of results) {
    if (r.status === 'rejected') expect(String(r.reason.message)).toMatch(/already exists/);
  }
  expect((await run('apply')).mutations).toBe(0);
});

it('bad credentials and an unreachable endpoint fail with one clear line', async () => {
  await ws.write({ ...smallConfig(ws.p), ...instanceConfig(`b-${ws.p}`) });
  const locked = await startCloudSqlEmulator({ requireToken: 'right-token', backing: false });
  try {
    await expect(run('plan', { apiEndpoint: locked.url })).rejects.toThrow(
      /refused the credentials \(401\).*roles\/cloudsql\.admin/,
    );
  } finally {
    await locked.close();
  }
  const started = Date.now();
  await expect(run('plan', { apiEndpoint: 'http://127.0.0.1:1', timeoutMs: 5000 })).rejects.toThrow(
    /cannot reach the Cloud SQL Admin API at http:\/\/127\.0\.0\.1:1 \(ECONNREFUSED\)/,
  );
  expect(Date.now() - started).toBeLessThan(5000);
});

it('the emulator refuses what the real API refuses', async () => {
  const post = async (path: string, body: unknown, method = 'POST') => {
    const r = await fetch(`${em.url}/v1/projects/pgci-test/${path}`, {
      method,
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    return { status: r.status, body: (await r.json()) as any };
  };
  const base = { name: `r-${ws.p}`, region: 'us-central1', databaseVersion: 'POSTGRES_17' };
  expect(
    await post('instances', { ...base, settings: { tier: 'db-custom-1-3840', frob: 1 } }),
  ).toMatchObject({
    status: 400,
    body: { error: { message: expect.stringContaining(`Unknown name "frob" at 'body.settings'`) } },
  });
  expect(
    (
      await post('instances', {
        ...base,
        settings: { tier: 'db-custom-1-3840', edition: 'ENTERPRISE_PLUS' },
      })
    ).body.error.message,
  ).toContain('Invalid Tier (db-custom-1-3840) for (ENTERPRISE_PLUS) Edition');
  expect(
    (
      await post('instances', {
        ...base,
        settings: { tier: 'db-custom-1-3840', databaseFlags: [{ name: 'work_mme', value: '1' }] },
      })
    ).body.error.errors[0].reason,
  ).toBe('invalidFlagName');
  em.setFaults({ operationMs: 1500 });
  const op = await post('instances', { ...base, settings: { tier: 'db-custom-1-3840' } });
  expect(op.body).toMatchObject({
    kind: 'sql#operation',
    status: 'PENDING',
    operationType: 'CREATE',
  });
  expect(
    (await post(`instances/${base.name}`, { settings: { tier: 'db-custom-2-7680' } }, 'PATCH'))
      .status,
  ).toBe(409);
  const seen: string[] = [];
  const until = Date.now() + 45_000; // the backing PostgreSQL starts inside the operation
  while (seen.at(-1) !== 'DONE' && Date.now() < until) {
    const r = await fetch(`${em.url}/v1/projects/pgci-test/operations/${op.body.name}`);
    const s = ((await r.json()) as any).status;
    if (seen.at(-1) !== s) seen.push(s);
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(seen).toEqual(['PENDING', 'RUNNING', 'DONE']);
  expect((await post(`instances/${base.name}`, {}, 'DELETE')).status).toBe(200);
  for (let until = Date.now() + 30_000; Date.now() < until;) {
    const r = await fetch(`${em.url}/v1/projects/pgci-test/instances/${base.name}`);
    if (r.status === 404) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(
    (await post('instances', { ...base, settings: { tier: 'db-custom-1-3840' } })).body.error
      .message,
  ).toContain("can't reuse the name");
  const flags = (await (
    await fetch(`${em.url}/v1/flags?databaseVersion=POSTGRES_17`)
  ).json()) as any;
  expect(flags.items.find((f: any) => f.name === 'shared_buffers')).toMatchObject({
    requiresRestart: true,
    type: 'INTEGER',
  });
  const tiers = (await (await fetch(`${em.url}/v1/projects/pgci-test/tiers`)).json()) as any;
  expect(tiers.items.find((t: any) => t.tier === 'db-custom-2-7680').RAM).toBe(
    String(7680 * 1024 * 1024),
  );
});
