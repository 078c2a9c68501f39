/**
 * The postgres target on a server of its own (server parameters and prune touch the whole
 * cluster): ALTER SYSTEM with restart-only parameters flagged, plan's sessions ended cleanly,
 * prune and allow-destroy, and an apply killed mid-migration (the built bundle, SIGKILL) that
 * the next apply finishes.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { startThrowawayPostgres, type ThrowawayServer } from '../../src/postgres/embedded.js';
import { provision } from '../../src/provision/provision.js';
import { ROOT } from '../helpers/paths.js';
import {
  configWorkspace,
  PASSWORDS,
  smallConfig,
  type ConfigWorkspace,
} from '../helpers/provision.js';

let server: ThrowawayServer;
let ws: ConfigWorkspace;
beforeAll(async () => {
  server = await startThrowawayPostgres({ major: 17 });
});
afterAll(() => server?.stop());
beforeEach(async () => {
  ws = await configWorkspace();
  await ws.migration('001.do.one.sql', 'CREATE TABLE one (id int);');
});
afterEach(() => ws.remove());

async function sql<T extends pg.QueryResultRow>(text: string, db = 'postgres') {
  const c = new pg.Client({ connectionString: server.urlFor(db) });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

const run = (mode: 'plan' | 'apply', safety = {}) =>
  provision(mode, { configFile: ws.file, databaseUrl: server.url, env: PASSWORDS, safety });

it('sets server parameters with ALTER SYSTEM and flags the ones that need a restart', async () => {
  await ws.write(
    smallConfig(ws.p, {
      parameters: {
        work_mem: '12MB',
        log_lock_waits: true,
        shared_buffers: '256MB',
        'cloudsql.iam_authentication': 'on',
      },
    }),
  );
  const plan = await run('plan');
  const byName = new Map(plan.plan.changes.map((c) => [c.resource, c]));
  expect(byName.get('parameter/work_mem')).toMatchObject({
    action: 'update',
    fields: [{ old: '4MB', new: '12MB' }],
  });
  expect(byName.get('parameter/shared_buffers')).toMatchObject({
    action: 'refused',
    flags: { requiresRestart: true },
  });
  expect(byName.get('parameter/cloudsql.iam_authentication')?.action).toBe('skip');
  expect((await run('apply')).report.status).toBe('fail');
  expect(await sql(`SELECT 1 FROM pg_roles WHERE rolname LIKE '${ws.p}%'`)).toEqual([]);

  const applied = await run('apply', { allowRestart: true });
  expect(applied.report.status).toBe('pass');
  expect(await sql<{ work_mem: string }>('SHOW work_mem')).toEqual([{ work_mem: '12MB' }]);
  const again = await run('plan', { allowRestart: true });
  expect(again.plan.changes.filter((c) => c.action !== 'no-op' && c.action !== 'skip')).toEqual([]);
  expect(again.plan.changes.find((c) => c.resource === 'parameter/shared_buffers')).toMatchObject({
    action: 'no-op',
    flags: { requiresRestart: true },
    note: expect.stringContaining('next server restart'),
  });
  await sql('ALTER SYSTEM RESET ALL');
  await sql('SELECT pg_reload_conf()');
});

it('plan ends its sessions cleanly without waiting for them: none abandoned, none left', async () => {
  await ws.write(smallConfig(ws.p));
  await run('apply');
  // sessions_abandoned counts sessions that lost their client without a Terminate message.
  const abandoned = async () =>
    Number(
      (await sql<{ n: string }>(`SELECT sum(sessions_abandoned) AS n FROM pg_stat_database`))[0]!.n,
    );
  const before = await abandoned();
  const plan = await run('plan', { prune: true });
  expect(plan.report.status).not.toBe('error');
  const deadline = Date.now() + 10_000;
  let left = -1;
  while (Date.now() < deadline) {
    left = (await sql(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'pgci plan'`))
      .length;
    if (left === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(left).toBe(0);
  // Each session's end is counted as its backend exits (a check with plan's connections
  // destroyed before Terminate counted them here at once).
  expect(await abandoned()).toBe(before);
});

it('prunes only when asked, and a database with tables only with allow-destroy', async () => {
  await ws.write(smallConfig(ws.p));
  await run('apply');
  await sql('CREATE DATABASE old_empty');
  await sql('CREATE DATABASE old_full');
  await sql('CREATE TABLE kept (id int)', 'old_full');
  await sql('CREATE ROLE old_role');

  const plan = await run('plan');
  const by = new Map(plan.plan.changes.map((c) => [c.resource, c]));
  expect(by.get('database/old_empty')).toMatchObject({
    action: 'skip',
    note: expect.stringContaining('prune'),
  });
  expect(by.get('role/old_role')?.action).toBe('skip');

  const pruned = await run('plan', { prune: true });
  const p2 = new Map(pruned.plan.changes.map((c) => [c.resource, c]));
  expect(p2.get('database/old_empty')).toMatchObject({
    action: 'delete',
    flags: { destructive: true },
  });
  expect(p2.get('database/old_full')).toMatchObject({
    action: 'refused',
    note: expect.stringContaining('allow-destroy'),
  });
  expect((await run('apply', { prune: true })).report.status).toBe('fail');
  expect(
    await sql(`SELECT datname FROM pg_database WHERE datname LIKE 'old_%' ORDER BY 1`),
  ).toHaveLength(2);

  expect((await run('apply', { prune: true, allowDestroy: true })).report.status).toBe('pass');
  expect(await sql(`SELECT datname FROM pg_database WHERE datname LIKE 'old_%'`)).toEqual([]);
  expect(await sql(`SELECT rolname FROM pg_roles WHERE rolname = 'old_role'`)).toEqual([]);
  expect(await sql(`SELECT rolname FROM pg_roles WHERE rolname = '${ws.p}_app'`)).toHaveLength(1);
});

it('reports grants the config does not give, and revokes them only with prune', async () => {
  const p = ws.p;
  await ws.write(smallConfig(p));
  // prune + allow-destroy: what earlier tests left on this server goes first.
  expect((await run('apply', { prune: true, allowDestroy: true })).report.status).toBe('pass');
  const app = `${p}_app`;
  await sql(`GRANT CREATE, TEMPORARY ON DATABASE "${app}" TO "${app}"`);
  await sql(`GRANT CREATE ON SCHEMA public TO "${app}"`, app);
  await sql(`GRANT TRUNCATE, REFERENCES ON ALL TABLES IN SCHEMA public TO "${app}"`, app);
  await sql(
    `ALTER DEFAULT PRIVILEGES FOR ROLE "${p}_owner" IN SCHEMA public GRANT TRUNCATE ON TABLES TO "${app}"`,
    app,
  );
  const extra = (
    changes: {
      resource: string;
      action: string;
      fields: { field: string; old: string | null }[];
    }[],
  ) =>
    changes
      .filter((c) => c.fields.some((f) => f.field === 'privileges not in the config'))
      .map((c) => `${c.resource} ${c.action}: ${c.fields[0]!.old}`)
      .sort();
  const expected = (action: string) => [
    `grant/${app}/${app} ${action}: CREATE, TEMPORARY`,
    `grant/${app}/${app}/public/default tables of ${p}_owner ${action}: TRUNCATE`,
    `grant/${app}/${app}/public/schema ${action}: CREATE`,
    `grant/${app}/${app}/public/tables ${action}: REFERENCES, TRUNCATE`,
  ];
  const plan = await run('plan');
  expect(extra(plan.plan.changes)).toEqual(expected('skip'));
  // Without prune: kept, nothing sent.
  expect((await run('apply')).mutations).toBe(0);
  const pruned = await run('plan', { prune: true });
  expect(extra(pruned.plan.changes)).toEqual(expected('delete'));
  const applied = await run('apply', { prune: true });
  expect(applied.report.status).toBe('pass');
  expect(applied.mutations).toBe(4);
  const [held] = await sql<Record<string, boolean>>(
    `SELECT has_database_privilege('${app}', '${app}', 'CREATE') AS db_create,
            has_schema_privilege('${app}', 'public', 'CREATE') AS schema_create,
            has_table_privilege('${app}', 'public.one', 'TRUNCATE') AS truncate,
            has_table_privilege('${app}', 'public.one', 'SELECT') AS select_kept,
            has_database_privilege('${app}', '${app}', 'CONNECT') AS connect_kept`,
    app,
  );
  expect(held).toEqual({
    db_create: false,
    schema_create: false,
    truncate: false,
    select_kept: true,
    connect_kept: true,
  });
  // A table the owner creates now gets the config's privileges and nothing more.
  await sql(`SET ROLE "${p}_owner"; CREATE TABLE later (id int)`, app);
  const [later] = await sql<Record<string, boolean>>(
    `SELECT has_table_privilege('${app}', 'public.later', 'TRUNCATE') AS truncate,
            has_table_privilege('${app}', 'public.later', 'SELECT') AS select`,
    app,
  );
  expect(later).toEqual({ truncate: false, select: true });
  const again = await run('plan', { prune: true });
  expect(again.plan.changes.filter((c) => c.action !== 'no-op' && c.action !== 'skip')).toEqual([]);
});

it('resumes an apply killed in the middle of a migration', async () => {
  // Migration 2 sleeps while the role pgci_test_sleep exists: long enough to kill the apply.
  await ws.migration(
    '002.do.slow.sql',
    `CREATE TABLE two (id int);
SELECT pg_sleep(CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgci_test_sleep') THEN 60 ELSE 0 END);`,
  );
  await ws.migration('003.do.three.sql', 'CREATE TABLE three (id int);');
  await ws.write(smallConfig(ws.p));
  await sql('CREATE ROLE pgci_test_sleep');
  const child = spawn(
    process.execPath,
    [join(ROOT, 'dist/cli/index.js'), 'apply', '-c', ws.file, '-d', server.url],
    {
      env: { PATH: process.env.PATH ?? '', ...PASSWORDS },
      stdio: 'ignore',
    },
  );
  const exited = new Promise((r) => child.on('exit', r));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const busy = await sql(
      `SELECT 1 FROM pg_stat_activity WHERE query LIKE '%pg_sleep(CASE%' AND pid <> pg_backend_pid()`,
    );
    if (busy.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  await exited;
  await sql('DROP ROLE pgci_test_sleep');
  const db = `${ws.p}_app`;
  expect(await sql(`SELECT version FROM pgci.schemaversion ORDER BY 1`, db)).toEqual([
    { version: '0' },
    { version: '1' },
  ]);

  const resumed = await provision('apply', {
    configFile: ws.file,
    databaseUrl: server.url,
    env: PASSWORDS,
    timeoutMs: 20_000,
  });
  expect(resumed.report.status).toBe('pass');
  expect(
    resumed.plan.changes.filter((c) => c.resource.startsWith('migration/')).map((c) => c.resource),
  ).toEqual([`migration/${db}/002.slow`, `migration/${db}/003.three`]);
  expect(await sql(`SELECT version FROM pgci.schemaversion ORDER BY 1`, db)).toHaveLength(4);
  expect(await sql(`SELECT to_regclass('two') IS NOT NULL AS two`, db)).toEqual([{ two: true }]);
});
