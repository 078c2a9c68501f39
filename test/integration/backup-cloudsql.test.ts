/* eslint-disable @typescript-eslint/no-explicit-any -- API JSON read loosely in assertions */
/**
 * backup-verify's Cloud SQL path against the Cloud SQL Admin API emulator, each instance backed
 * by a real PostgreSQL whose backups are file-level copies of its data directory: a verified
 * restore passes, a stale backup fails the RPO, no successful backup is one clear failure, a
 * restore tampered by the emulator's fault hook is caught, the scratch instance is deleted on
 * failure too and the source never (from the emulator's request log), a point in time outside
 * the PITR window is refused before anything is created, and one inside it is really replayed.
 * Also the emulator's own refusals for restoreBackup across instances.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  assertScratchDeletable,
  scratchName,
  ScratchGuardError,
  verifyCloudSqlBackup,
  type CloudSqlVerifyOptions,
} from '../../src/backup/cloudsql.js';
import { backupVerifyReport } from '../../src/backup/report.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { startCloudSqlEmulator, type CloudSqlEmulator } from '../emulators/cloudsql/server.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { runNode } from '../helpers/run-node.js';

const PROJECT = 'pgci-bv';
let em: CloudSqlEmulator;
/** An emulator without backing servers: instant instances, for what fails before any restore. */
let bare: CloudSqlEmulator;

async function api(method: string, path: string, body?: unknown, on = em): Promise<any> {
  const res = await fetch(`${on.url}/v1/projects/${PROJECT}/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as any;
  if (!res.ok) throw Object.assign(new Error(json.error?.message ?? res.status), { json });
  return json;
}

async function done(op: any, on = em): Promise<any> {
  for (;;) {
    const o = await api('GET', `operations/${op.name}`, undefined, on);
    if (o.status === 'DONE') {
      if (o.error) throw new Error(JSON.stringify(o.error));
      return o;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function sql(url: string, text: string): Promise<any[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

async function createInstance(
  name: string,
  backups: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  on = em,
): Promise<void> {
  await done(
    await api(
      'POST',
      'instances',
      {
        name,
        region: 'us-central1',
        databaseVersion: 'POSTGRES_17',
        settings: {
          tier: 'db-custom-1-3840',
          dataDiskSizeGb: '20',
          backupConfiguration: backups,
          userLabels: { app: 'music' },
          deletionProtectionEnabled: true,
        },
        ...extra,
      },
      on,
    ),
    on,
  );
}

async function backupNow(name: string, on = em): Promise<void> {
  await done(await api('POST', `instances/${name}/backupRuns`, { description: 'test' }, on), on);
}

const verify = (instance: string, ...args: string[]) =>
  runCli([
    'backup-verify',
    '--cloudsql',
    '--project',
    PROJECT,
    '--instance',
    instance,
    '--api-endpoint',
    em.url,
    '--format',
    'json',
    ...args,
  ]);

/** The core directly, polling fast (the command line polls from 1 s, as against Google). */
const verifyCore = async (instance: string, extra: Partial<CloudSqlVerifyOptions> = {}, on = em) =>
  JSON.parse(
    JSON.stringify(
      await verifyCloudSqlBackup({
        project: PROJECT,
        instance,
        apiEndpoint: on.url,
        pollInitialMs: 50,
        retryBaseMs: 50,
        ...extra,
      }),
    ),
  );

/** Mutating requests per instance path, from the emulator's log. */
function requestsTo(suffix: RegExp): { method: string; path: string }[] {
  return em.requests().filter((r) => suffix.test(r.path));
}

const SOURCE = 'music-main';
beforeAll(async () => {
  em = await startCloudSqlEmulator({ faults: { operationMs: 100 } });
  bare = await startCloudSqlEmulator({ backing: false, faults: { operationMs: 20 } });
  await createInstance(SOURCE, { enabled: true, pointInTimeRecoveryEnabled: true });
  const url = em.databaseUrl(PROJECT, SOURCE)!;
  await sql(url, 'CREATE DATABASE app');
  await sql(
    em.databaseUrl(PROJECT, SOURCE, 'app')!,
    `CREATE TABLE track (id bigint PRIMARY KEY, title text NOT NULL, length_s real, tags text[], meta jsonb);
     CREATE INDEX track_title ON track (title);
     INSERT INTO track SELECT g, 'track ' || g, g / 3.0, ARRAY['a', g::text], jsonb_build_object('n', g)
       FROM generate_series(1, 20000) g;
     CREATE TABLE artist (name text);
     INSERT INTO artist VALUES ('x'), ('x'), ('y');`,
  );
  await backupNow(SOURCE);
}, 120_000);
afterAll(() => Promise.all([em?.close(), bare?.close()]));
beforeEach(() => {
  em.setFaults({ operationMs: 100 });
  em.clearRequests();
});

it('restores the latest backup into a labelled scratch instance, proves it equal and deletes it', async () => {
  const r = await verify(SOURCE, '--rpo-hours', '24', '--rto-minutes', '10');
  const out = JSON.parse(r.stdout);
  expect(r.stderr).toContain('restoring backup run');
  expect(out.error).toBeUndefined();
  expect(out).toMatchObject({ ok: true, mode: 'cloudsql' });
  expect(r.code).toBe(0);
  expect(out.backupAgeHours).toBeLessThan(0.1);
  expect(out.restoreSeconds).toBeGreaterThan(0);
  expect(out.targets).toMatchObject({ rpoOk: true, rtoOk: true });
  expect(out.tables.map((t: any) => [t.name, t.rows, t.equal])).toEqual([
    ['app/public.artist', 3, true],
    ['app/public.track', 20000, true],
  ]);
  const scratch = out.cloudSql.scratchInstance;
  expect(scratch.name).toMatch(/^music-main-verify-[a-z0-9]+$/);
  expect(scratch).toMatchObject({
    deleted: true,
    labels: { 'pgci-scratch': 'true', 'pgci-source': SOURCE },
  });
  expect(out.cloudSql).toMatchObject({
    databaseVersion: 'POSTGRES_17',
    tier: 'db-custom-1-3840',
    databases: ['app'],
    backupRun: { status: 'SUCCESSFUL', type: 'ON_DEMAND' },
    pitr: { enabled: true, latestRecoveryTime: expect.any(String) },
  });
  // What was asked of the API: a scratch with the source's version and tier, the labels and no
  // deletion protection; a restore from the source's run; the scratch deleted, the source never.
  const log = em.requests();
  const insert = log.find((q) => q.method === 'POST' && q.path.endsWith('/instances'))!;
  expect(insert.body).toMatchObject({
    name: scratch.name,
    settings: {
      tier: 'db-custom-1-3840',
      deletionProtectionEnabled: false,
      userLabels: { 'pgci-scratch': 'true', 'pgci-source': SOURCE },
    },
  });
  const restore = log.find((q) => q.path.endsWith(`/instances/${scratch.name}/restoreBackup`))!;
  expect((restore.body as any).restoreBackupContext).toMatchObject({
    instanceId: SOURCE,
    project: PROJECT,
    backupRunId: out.cloudSql.backupRun.id,
  });
  expect(log.filter((q) => q.method === 'DELETE').map((q) => q.path)).toEqual([
    `/v1/projects/${PROJECT}/instances/${scratch.name}`,
  ]);
  expect(em.instances.has(`${PROJECT}/${scratch.name}`)).toBe(false);
  expect(em.instances.has(`${PROJECT}/${SOURCE}`)).toBe(true);
}, 120_000);

it('catches a restore the emulator tampered with, and still deletes the scratch (never the source)', async () => {
  em.setFaults({
    operationMs: 100,
    tamperRestore: { database: 'app', sql: `UPDATE track SET title = 'tampered' WHERE id = 4242` },
  });
  const json = await verifyCore(SOURCE);
  expect(json.ok).toBe(false);
  const markdown = renderMarkdown([backupVerifyReport(json)]);
  expect(markdown).toContain('app/public.track');
  expect(markdown).toMatch(/scratch instance \| `music-main-verify-[a-z0-9]+` deleted/);
  const deletes = requestsTo(/\/instances\/[^/]+$/).filter((q) => q.method === 'DELETE');
  expect(deletes).toHaveLength(1);
  expect(deletes[0]!.path).toMatch(/music-main-verify-/);
  expect(em.instances.has(`${PROJECT}/${SOURCE}`)).toBe(true);
  const track = json.tables.find((t: any) => t.name === 'app/public.track');
  expect(track).toMatchObject({ equal: false, rows: 20000, restoredRows: 20000 });
  expect(track.firstMismatch).toMatch(/4242|key/);
}, 120_000);

it('fails the RPO on a stale backup, naming its age', async () => {
  em.ageBackups(PROJECT, SOURCE, 30);
  try {
    const out = await verifyCore(SOURCE, { targets: { rpoHours: 24 } });
    expect(out.ok).toBe(false);
    expect(out.backupAgeHours).toBeGreaterThan(29.9);
    expect(out.targets).toMatchObject({ rpoHours: 24, rpoOk: false });
    expect(out.tables.every((t: any) => t.equal)).toBe(true);
    expect(out.cloudSql.scratchInstance.deleted).toBe(true);
    expect(backupVerifyReport(out).summary).toMatch(/backup 3\d(\.\d+)? h old, RPO 24 h/);
  } finally {
    em.ageBackups(PROJECT, SOURCE, -30);
  }
}, 120_000);

it('the built bin, cancelled mid-restore (SIGTERM), still deletes its scratch instance', async () => {
  em.setFaults({ operationMs: 600 });
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'dist/cli/index.js'),
      'backup-verify',
      '--cloudsql',
      '--project',
      PROJECT,
      '--instance',
      SOURCE,
      '--api-endpoint',
      em.url,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  const restoring = new Promise<void>((resolve) =>
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes('restoring backup run')) resolve();
    }),
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await Promise.race([restoring, exited]);
  child.kill('SIGTERM');
  // stderr with the code, so a failure says what the bin printed.
  expect({ code: await exited, stderr }).toEqual({ code: 143, stderr: expect.any(String) });
  expect(stderr).toContain('SIGTERM: deleting the scratch instance');
  const name = /restoring backup run \d+ into (\S+)/.exec(stderr)![1]!;
  expect(
    em
      .requests()
      .filter((q) => q.method === 'DELETE')
      .map((q) => q.path),
  ).toContain(`/v1/projects/${PROJECT}/instances/${name}`);
  expect(
    em.requests().filter((q) => q.method === 'DELETE' && q.path.endsWith(`/${SOURCE}`)),
  ).toEqual([]);
  expect(em.instances.has(`${PROJECT}/${name}`)).toBe(false);
  expect(em.instances.has(`${PROJECT}/${SOURCE}`)).toBe(true);
}, 120_000);

it('actions/backup-verify, the built bundle as a runner runs it, takes a backup and verifies it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pgci-runner-'));
  try {
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary'), '');
    const r = await runNode('dist/backup-verify/index.js', [], {
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
      INPUT_CLOUDSQL: 'true',
      INPUT_PROJECT: PROJECT,
      INPUT_INSTANCE: SOURCE,
      'INPUT_API-ENDPOINT': em.url,
      'INPUT_BACKUP-NOW': 'true',
      'INPUT_RPO-HOURS': '1',
      INPUT_DATABASES: 'app',
    });
    expect(r.stdout).not.toMatch(/::error/);
    expect(r.code).toBe(0);
    const outputs = await readFile(join(dir, 'output'), 'utf8');
    expect(outputs).toMatch(/^ok<<.*\ntrue\n/m);
    expect(outputs).toMatch(/^scratch-instance<<.*\nmusic-main-verify-[a-z0-9]+\n/m);
    const report = JSON.parse(await readFile(join(dir, 'pgci-reports/backup-verify.json'), 'utf8'));
    expect(report).toMatchObject({ check: 'backup-verify', status: 'pass' });
    expect(await readFile(join(dir, 'summary'), 'utf8')).toContain('Cloud SQL backup');
    const runs = em.requests().filter((q) => q.path.endsWith(`/instances/${SOURCE}/backupRuns`));
    expect(runs).toHaveLength(1);
    expect(report.data.cloudSql.backupRun.type).toBe('ON_DEMAND');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 120_000);

it('refuses a point in time outside the PITR window before creating anything', async () => {
  const r = await verify(SOURCE, '--point-in-time', '2001-01-01T00:00:00Z');
  const out = JSON.parse(r.stdout);
  expect(r.code).toBe(1);
  expect(out.error).toMatch(
    /--point-in-time 2001-01-01T00:00:00Z is outside the recovery window of music-main: \S+ to \S+\. Pick a time inside it\./,
  );
  expect(em.requests()).toEqual([]);
  const bad = await verify(SOURCE, '--point-in-time', 'yesterday');
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--point-in-time takes an RFC 3339 time');
}, 60_000);

it('restores to a point in time inside the window by replaying the archived WAL', async () => {
  const app = em.databaseUrl(PROJECT, SOURCE, 'app')!;
  await sql(app, `INSERT INTO artist VALUES ('before')`);
  await new Promise((r) => setTimeout(r, 1100));
  const pointInTime = new Date().toISOString();
  const out = await verifyCore(SOURCE, { pointInTime });
  expect(out.error).toBeUndefined();
  expect(out.ok).toBe(true);
  expect(out.cloudSql.pointInTime).toBe(pointInTime);
  expect(out.tables.find((t: any) => t.name === 'app/public.artist')).toMatchObject({
    rows: 4,
    equal: true,
  });
  const log = em.requests();
  const clone = log.find((q) => q.path.endsWith(`/instances/${SOURCE}/clone`))!;
  const name = out.cloudSql.scratchInstance.name;
  expect(clone.body).toMatchObject({
    cloneContext: { destinationInstanceName: name, pointInTime },
  });
  // The clone took the source's labels and deletion protection; pgci relabels it, then deletes.
  expect(log.find((q) => q.method === 'PATCH')).toMatchObject({
    path: `/v1/projects/${PROJECT}/instances/${name}`,
    body: {
      settings: { userLabels: { 'pgci-scratch': 'true' }, deletionProtectionEnabled: false },
    },
  });
  expect(log.filter((q) => q.method === 'DELETE').map((q) => q.path)).toEqual([
    `/v1/projects/${PROJECT}/instances/${name}`,
  ]);
  // A later write is not in a restore to the earlier time: it shows as a difference.
  await sql(app, `INSERT INTO artist VALUES ('after')`);
  const again = await verifyCore(SOURCE, { pointInTime });
  expect(again.tables.find((t: any) => t.name === 'app/public.artist')).toMatchObject({
    rows: 5,
    restoredRows: 4,
    equal: false,
  });
  await sql(app, `DELETE FROM artist WHERE name IN ('before', 'after')`);
}, 120_000);

it('fails clearly without a successful backup, and refuses --point-in-time without PITR', async () => {
  await createInstance('no-backups', { enabled: false }, {}, bare);
  bare.clearRequests();
  const r = await runCli([
    'backup-verify',
    '--cloudsql',
    '--project',
    PROJECT,
    '--instance',
    'no-backups',
    '--api-endpoint',
    bare.url,
    '--format',
    'json',
  ]);
  const out = JSON.parse(r.stdout);
  expect(r.code).toBe(1);
  expect(out.error).toBe(
    'no backup run of no-backups at all: enable automated backups (instance.backups.enabled in pgci.yml) or take one (gcloud sql backups create --instance no-backups).',
  );
  bare.setFaults({ operationMs: 20, failBackups: true });
  await expect(backupNow('no-backups', bare)).rejects.toThrow(/backup failed/);
  const failed = await verifyCore('no-backups', {}, bare);
  expect(failed.error).toMatch(/no successful backup run of no-backups: the newest of 1 is FAILED/);
  bare.setFaults({ operationMs: 20 });
  await backupNow('no-backups', bare);
  const pitr = await verifyCore('no-backups', { pointInTime: new Date().toISOString() }, bare);
  expect(pitr.error).toMatch(/^point-in-time recovery is not enabled on no-backups/);
  expect(bare.requests().filter((q) => !q.path.endsWith('/backupRuns'))).toEqual([]);
  const missing = await verify('nope');
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('the Cloud SQL instance pgci-bv:nope');
}, 60_000);

it('the emulator refuses restores the real API refuses', async () => {
  await createInstance('src', { enabled: true }, {}, bare);
  const [run] = (await api('GET', `instances/src/backupRuns`, undefined, bare)).items;
  await createInstance(
    'other-version',
    { enabled: false },
    { databaseVersion: 'POSTGRES_15' },
    bare,
  );
  const ctx = {
    restoreBackupContext: { backupRunId: run.id, instanceId: 'src', project: PROJECT },
  };
  const restore = (into: string, body: unknown) =>
    api('POST', `instances/${into}/restoreBackup`, body, bare);
  await expect(restore('other-version', ctx)).rejects.toThrow(
    /backup is POSTGRES_17 and the target instance other-version is POSTGRES_15/,
  );
  await createInstance(
    'small-disk',
    { enabled: false },
    { settings: { tier: 'db-custom-1-3840', dataDiskSizeGb: '10' } },
    bare,
  );
  await expect(restore('small-disk', ctx)).rejects.toThrow(
    /has a 10 GB disk, smaller than the 20 GB/,
  );
  await expect(
    restore('small-disk', {
      restoreBackupContext: { backupRunId: '1', instanceId: 'src', project: PROJECT },
    }),
  ).rejects.toThrow(/backup run 1 does not exist/);
}, 60_000);

it('the delete guard never lets the source or an unlabelled instance go', () => {
  const labels = { 'pgci-scratch': 'true', 'pgci-source': 'music-main' };
  expect(() => assertScratchDeletable('music-main', 'music-main', labels)).toThrow(
    'refusing to delete music-main: it is the source instance.',
  );
  expect(() => assertScratchDeletable('music-copy', 'music-main', { app: 'music' })).toThrow(
    ScratchGuardError,
  );
  expect(() =>
    assertScratchDeletable('x-verify-1', 'music-main', { ...labels, 'pgci-source': 'other' }),
  ).toThrow(/its pgci-source label is "other"/);
  expect(() => assertScratchDeletable('music-main-verify-1', 'music-main', labels)).not.toThrow();
  // Scratch names: valid instance ids, unique, short enough for any source name.
  const long = scratchName(`a${'-b'.repeat(60)}`);
  expect(long).toMatch(/^[a-z][a-z0-9-]*[a-z0-9]$/);
  expect(long.length).toBeLessThanOrEqual(80);
  expect(scratchName('music-main', 1)).not.toBe(scratchName('music-main', 2));
});
