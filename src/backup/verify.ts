/**
 * backup-verify, the self-managed path: pg_dump (inside an exported snapshot) → sha256 →
 * optional AES-256-GCM encryption and a decrypt round-trip → pg_restore --jobs into a scratch
 * database (while the source is hashed in the very snapshot that was dumped) → schema and data
 * comparison → RPO/RTO against the targets. The scratch database and the archive's temporary
 * directory are removed on every path out, failures included.
 * Compare mode (compareDatabases) runs the same comparison between two live databases.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type pg from 'pg';
import { connect, ConnectionError, redactUrl } from '../postgres/connect.js';
import {
  ArchiveError,
  archiveFiles,
  decryptArchive,
  encryptArchive,
  sha256Archive,
} from './archive.js';
import { compareWith, hashKind, startSource, type Comparison } from './compare.js';
import {
  createScratchDatabase,
  databaseLocale,
  runDump,
  runRestore,
  ToolRunError,
  type DumpFormat,
  type ScratchDatabase,
} from './dump-restore.js';
import { findPgTools, PgToolsError, type PgTools } from './pg-tools.js';
import { closeSide, openSide, type Side } from './session.js';
import type { DataOptions, HashKind } from './data-compare.js';

const execP = promisify(execFile);

export interface Targets {
  rpoHours?: number;
  rtoMinutes?: number;
}

export interface VerifyOptions {
  hash?: HashKind | 'auto';
  strict?: boolean;
  chunkRows?: number;
  exclude?: string[];
  /** Connections per side (and pg_restore / pg_dump --jobs). */
  jobs?: number;
  targets?: Targets;
  log?: (line: string) => void;
}

export interface BackupOptions extends VerifyOptions {
  sourceUrl: string;
  /** Server (any database on it) where the scratch database is made; default the source's. */
  scratchUrl?: string;
  format?: DumpFormat;
  /** Key text (hex, base64 or passphrase) for AES-256-GCM; from a secret, never a file in git. */
  encryptionKey?: string;
  /** Verify this existing archive instead of taking a dump. */
  archive?: string;
  /** Copy the archive (encrypted when a key is given) into this directory. */
  keepArchiveDir?: string;
  pgBin?: string;
  installTools?: boolean;
}

/** What the Cloud SQL path adds to the result (see cloudsql.ts). */
export interface CloudSqlFacts {
  project: string;
  instance: string;
  databaseVersion: string;
  tier: string;
  /** The backup run restored (or the newest successful one, for a point-in-time clone). */
  backupRun: {
    id: string;
    type: string;
    status: string;
    startTime?: string;
    endTime?: string;
  } | null;
  pitr: {
    enabled: boolean;
    earliestRecoveryTime?: string;
    latestRecoveryTime?: string;
    error?: string;
  };
  pointInTime?: string;
  databases: string[];
  scratchInstance: {
    name: string;
    labels: Record<string, string>;
    deleted: boolean;
    deleteError?: string;
  } | null;
}

export interface BackupVerifyResult {
  ok: boolean;
  mode: 'backup' | 'compare' | 'cloudsql';
  source: string;
  target: string | null;
  restoreSeconds: number | null;
  backupAgeHours: number | null;
  targets: Targets & { rpoOk: boolean | null; rtoOk: boolean | null };
  tables: Comparison['tables'];
  schemaDifferences: Comparison['schemaDifferences'];
  skipped: Comparison['skipped'];
  largeObjects: Comparison['largeObjects'];
  hash: HashKind | null;
  strict: boolean;
  archive: {
    format: DumpFormat;
    bytes: number;
    sha256: string;
    encrypted: boolean;
    encryptedSha256?: string;
    roundTrip?: boolean;
    createdAt?: string;
    kept?: string;
  } | null;
  tools: { pgDump: string; pgRestore: string; version: string; source: string } | null;
  scratchDatabase: { name: string; dropped: boolean } | null;
  /** Whether the source was hashed inside the snapshot that was dumped. */
  snapshot: boolean;
  timings: Record<string, number>;
  restoreErrors?: string[];
  error?: string;
  cloudSql?: CloudSqlFacts;
}

const secondsSince = (t: number) => Math.round((performance.now() - t) / 10) / 100;

export function emptyResult(
  mode: BackupVerifyResult['mode'],
  source: string,
  target: string | null,
): BackupVerifyResult {
  return {
    ok: false,
    mode,
    source: redactUrl(source),
    target: target ? redactUrl(target) : null,
    restoreSeconds: null,
    backupAgeHours: null,
    targets: { rpoOk: null, rtoOk: null },
    tables: [],
    schemaDifferences: [],
    skipped: [],
    largeObjects: null,
    hash: null,
    strict: false,
    archive: null,
    tools: null,
    scratchDatabase: null,
    snapshot: false,
    timings: {},
  };
}

/** Errors a person can act on become result.error; anything else is a bug and is rethrown. */
export function explainable(err: unknown): string | undefined {
  if (
    err instanceof PgToolsError ||
    err instanceof ToolRunError ||
    err instanceof ArchiveError ||
    err instanceof ConnectionError
  )
    return err.message;
  const code = (err as { code?: string }).code;
  if (code && /^[0-9A-Z]{5}$/.test(code)) return `PostgreSQL refused: ${(err as Error).message}`;
  return undefined;
}

function dataOptions(options: VerifyOptions, hash: HashKind): DataOptions {
  return {
    hash,
    strict: options.strict ?? false,
    chunkRows: options.chunkRows,
    exclude: options.exclude,
  };
}

function applyComparison(result: BackupVerifyResult, c: Comparison): void {
  Object.assign(result, {
    tables: c.tables,
    schemaDifferences: c.schemaDifferences,
    skipped: c.skipped,
    largeObjects: c.largeObjects,
    hash: c.hash,
    strict: c.strict,
  });
}

export function applyTargets(result: BackupVerifyResult, targets: Targets = {}): void {
  const rpoOk =
    targets.rpoHours === undefined || result.backupAgeHours === null
      ? null
      : result.backupAgeHours <= targets.rpoHours;
  const rtoOk =
    targets.rtoMinutes === undefined || result.restoreSeconds === null
      ? null
      : result.restoreSeconds <= targets.rtoMinutes * 60;
  result.targets = { ...targets, rpoOk, rtoOk };
}

/** Compare mode: two live databases, schema and data. */
export async function compareDatabases(
  sourceUrl: string,
  targetUrl: string,
  options: VerifyOptions = {},
): Promise<BackupVerifyResult> {
  const result = emptyResult('compare', sourceUrl, targetUrl);
  const started = performance.now();
  const jobs = options.jobs ?? 2;
  let source: Side | undefined;
  let target: Side | undefined;
  try {
    [source, target] = await Promise.all([
      openSide('source', sourceUrl, jobs),
      openSide('target', targetUrl, jobs),
    ]);
    const opts = dataOptions(options, hashKind(options.hash, source.major, target.major));
    const state = await startSource(source, opts);
    const c = await compareWith(source, state, target, opts, 'target');
    applyComparison(result, c);
    result.timings = { sourceSeconds: c.seconds.source, targetSeconds: c.seconds.target };
    result.ok = c.ok;
  } catch (err) {
    const message = explainable(err);
    if (message === undefined) throw err;
    result.error = message;
  } finally {
    await Promise.all([closeSide(source), closeSide(target)]);
  }
  result.timings.totalSeconds = secondsSince(started);
  applyTargets(result, options.targets);
  return result;
}

/** Opens a transaction on the source and exports its snapshot for pg_dump and the hashing. */
async function exportSnapshot(url: string): Promise<{ client: pg.Client; id: string } | undefined> {
  const client = await connect(url, { applicationName: 'pgci backup-verify snapshot' });
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
    return { client, id: rows[0]!.id };
  } catch {
    // A standby or a restricted role: fall back to hashing the live source.
    await client.end().catch(() => undefined);
    return undefined;
  }
}

/** "Archive created at 2026-11-27 08:01:02 UTC" from pg_restore --list, as an ISO time. */
async function archiveCreatedAt(tools: PgTools, archive: string): Promise<string | undefined> {
  try {
    const { stdout } = await execP(tools.pgRestore, ['--list', archive], {
      maxBuffer: 256 * 1024 * 1024,
    });
    const m = /Archive created at (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\s*(\S+)?/.exec(stdout);
    if (!m) return undefined;
    const zone = m[3] && /^[+-]\d\d(:?\d\d)?$/.test(m[3]) ? m[3] : 'Z';
    const d = new Date(`${m[1]}T${m[2]}${m[3] === 'UTC' || !m[3] ? 'Z' : zone}`);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  } catch {
    return undefined;
  }
}

/**
 * A cancelled run (Ctrl-C, a cancelled workflow's SIGTERM) still drops its scratch database
 * and removes the archive's temporary directory:
 * node would otherwise exit without running any finally block. Returns the unregistration.
 */
function dropOnSignal(
  scratch: ScratchDatabase,
  work: string,
  log: (line: string) => void,
): () => void {
  const handler = (signal: NodeJS.Signals) => {
    log(`pgci backup-verify: ${signal}: dropping the scratch database ${scratch.name}`);
    void Promise.allSettled([scratch.drop(), rm(work, { recursive: true, force: true })]).finally(
      () => process.exit(signal === 'SIGINT' ? 130 : 143),
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/** The whole self-managed backup-verify. */
export async function backupVerify(options: BackupOptions): Promise<BackupVerifyResult> {
  const log = options.log ?? (() => undefined);
  const result = emptyResult('backup', options.sourceUrl, null);
  const started = performance.now();
  const jobs = options.jobs ?? 2;
  const format = options.format ?? 'custom';
  let source: Side | undefined;
  let target: Side | undefined;
  let snapshot: { client: pg.Client; id: string } | undefined;
  let scratch: ScratchDatabase | undefined;
  let work: string | undefined;
  let stopSignals: (() => void) | undefined;
  try {
    source = await openSide('source', options.sourceUrl, jobs);
    const tools = await findPgTools(source.major, {
      binDir: options.pgBin,
      install: options.installTools,
      log,
    });
    result.tools = {
      pgDump: tools.pgDump,
      pgRestore: tools.pgRestore,
      version: tools.version,
      source: tools.source,
    };
    log(`pgci backup-verify: using ${tools.version} (${tools.source})`);
    work = await mkdtemp(join(tmpdir(), 'pgci-backup-'));

    let archive: string;
    let t = performance.now();
    if (options.archive) {
      archive = options.archive;
      log(`pgci backup-verify: verifying the archive ${archive} against the live source`);
    } else {
      snapshot = await exportSnapshot(options.sourceUrl);
      source.snapshot = snapshot?.id;
      result.snapshot = snapshot !== undefined;
      archive = join(work, format === 'directory' ? 'dump.dir' : 'dump.pgdump');
      log(
        `pgci backup-verify: pg_dump --format=${format}${format === 'directory' ? ` --jobs=${jobs}` : ''} of ${result.source}`,
      );
      await runDump(tools, options.sourceUrl, archive, { format, jobs, snapshot: snapshot?.id });
      result.timings.dumpSeconds = secondsSince(t);
    }
    const isDir = (await stat(archive)).isDirectory();
    t = performance.now();
    let restoreFrom = archive;
    if (options.archive && options.encryptionKey) {
      // A given archive is encrypted: decrypt it for the restore.
      restoreFrom = join(work, isDir ? 'decrypted.dir' : 'decrypted.pgdump');
      await decryptArchive(archive, restoreFrom, options.encryptionKey);
    }
    const sha256 = await sha256Archive(restoreFrom);
    result.archive = {
      format: isDir ? 'directory' : 'custom',
      bytes: (await archiveFiles(restoreFrom)).bytes,
      sha256,
      encrypted: Boolean(options.encryptionKey),
    };
    if (options.encryptionKey && !options.archive) {
      const encrypted = join(work, isDir ? 'dump.enc.dir' : 'dump.pgdump.enc');
      await encryptArchive(archive, encrypted, options.encryptionKey);
      result.archive.encryptedSha256 = await sha256Archive(encrypted);
      // The round trip: restore from what decrypting the stored file gives, never the plaintext.
      restoreFrom = join(work, isDir ? 'roundtrip.dir' : 'roundtrip.pgdump');
      await decryptArchive(encrypted, restoreFrom, options.encryptionKey);
      result.archive.roundTrip = (await sha256Archive(restoreFrom)) === sha256;
      if (!result.archive.roundTrip)
        throw new ArchiveError('The decrypted archive differs from the dump (sha256 mismatch).');
      archive = encrypted;
    }
    result.timings.archiveSeconds = secondsSince(t);
    if (options.keepArchiveDir) {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const ext = (isDir ? '' : '.pgdump') + (archive.includes('.enc') ? '.enc' : '');
      const kept = join(options.keepArchiveDir, `pgci-backup-${stamp}${ext}`);
      await cp(archive, kept, { recursive: true });
      result.archive.kept = kept;
    }
    if (options.archive) {
      // An existing backup: its age is what the RPO is about.
      const createdAt = await archiveCreatedAt(tools, restoreFrom);
      if (createdAt) result.archive.createdAt = createdAt;
      const made = createdAt ? Date.parse(createdAt) : (await stat(archive)).mtimeMs;
      result.backupAgeHours = Math.round(((Date.now() - made) / 3_600_000) * 100) / 100;
    } else {
      result.backupAgeHours = 0; // the dump was just taken
    }

    scratch = await createScratchDatabase(
      options.scratchUrl ?? options.sourceUrl,
      await databaseLocale(options.sourceUrl),
    );
    stopSignals = dropOnSignal(scratch, work, log);
    result.scratchDatabase = { name: scratch.name, dropped: false };
    result.target = redactUrl(scratch.url);
    target = await openSide('restore', scratch.url, jobs);
    const opts = dataOptions(options, hashKind(options.hash, source.major, target.major));
    log(
      `pgci backup-verify: pg_restore --jobs=${jobs} into ${scratch.name}, hashing the source meanwhile`,
    );
    t = performance.now();
    const [restore, state] = await Promise.all([
      runRestore(tools, restoreFrom, scratch.url, jobs),
      startSource(source, opts),
    ]);
    result.restoreSeconds = restore.seconds;
    result.timings.restoreSeconds = restore.seconds;
    if (!restore.ok) {
      await state.done;
      result.restoreErrors = restore.errors;
      throw new ToolRunError(
        `pg_restore failed: ${restore.errors[0] ?? 'no message'}${restore.errors.length > 1 ? ` (and ${restore.errors.length - 1} more)` : ''}`,
        restore.errors,
      );
    }
    t = performance.now();
    const c = await compareWith(source, state, target, opts);
    result.timings.sourceHashSeconds = c.seconds.source;
    result.timings.verifySeconds = secondsSince(t);
    applyComparison(result, c);
    result.ok = c.ok;
  } catch (err) {
    const message = explainable(err);
    if (message === undefined) throw err;
    result.ok = false;
    result.error = message;
  } finally {
    stopSignals?.();
    await Promise.all([closeSide(source), closeSide(target)]);
    if (snapshot) await snapshot.client.end().catch(() => undefined);
    if (scratch) {
      try {
        await scratch.drop();
        result.scratchDatabase = { name: scratch.name, dropped: true };
      } catch (err) {
        log(
          `pgci backup-verify: could not drop the scratch database ${scratch.name}: ${(err as Error).message}`,
        );
      }
    }
    if (work) await rm(work, { recursive: true, force: true });
  }
  result.timings.totalSeconds = secondsSince(started);
  applyTargets(result, options.targets);
  if (result.targets.rpoOk === false || result.targets.rtoOk === false) result.ok = false;
  return result;
}
