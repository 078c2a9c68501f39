/**
 * Running pg_dump and pg_restore, and the scratch database a restore goes into: created with a
 * recognisable name and comment (so a leaked one can be found), dropped afterwards by the
 * caller on success and failure alike.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect, redactUrl, urlPassword } from '../postgres/connect.js';
import { ident } from './session.js';
import type { PgTools } from './pg-tools.js';

export type DumpFormat = 'custom' | 'directory';

export const SCRATCH_PREFIX = 'pgci_verify_';
export const SCRATCH_COMMENT = 'pgci backup-verify scratch database: safe to drop';

/** pg_dump or pg_restore failed: the tool's own error lines, without passwords. */
export class ToolRunError extends Error {
  override name = 'ToolRunError';
  constructor(
    message: string,
    readonly errors: string[],
  ) {
    super(message);
  }
}

interface RunResult {
  code: number;
  stderr: string;
}

function run(binary: string, args: string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      binary,
      args,
      { env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 },
      (err, _stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 127) : 0;
        resolve({ code, stderr: String(stderr) });
      },
    );
  });
}

/** libpq takes the URL as --dbname; the password goes by PGPASSWORD, never on the command line. */
function connectionArgs(url: string): { dbname: string; env: Record<string, string> } {
  const u = new URL(url);
  const password = urlPassword(url);
  u.password = '';
  u.searchParams.delete('password');
  return { dbname: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}

function errorLines(stderr: string, url: string): string[] {
  const password = urlPassword(url);
  return stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /error|fatal|could not|invalid|aborting/i.test(l))
    .map((l) => (password ? l.split(password).join('***') : l))
    .slice(0, 20);
}

export interface DumpOptions {
  format: DumpFormat;
  jobs: number;
  /** pg_export_snapshot() id: the dump and the source comparison then see the same data. */
  snapshot?: string;
}

export async function runDump(
  tools: PgTools,
  url: string,
  output: string,
  options: DumpOptions,
): Promise<void> {
  const { dbname, env } = connectionArgs(url);
  const args = [`--dbname=${dbname}`, `--file=${output}`, '--no-password'];
  if (options.format === 'directory')
    args.push('--format=directory', `--jobs=${Math.max(1, options.jobs)}`);
  else args.push('--format=custom');
  if (options.snapshot) args.push(`--snapshot=${options.snapshot}`);
  const r = await run(tools.pgDump, args, env);
  if (r.code !== 0) {
    const errors = errorLines(r.stderr, url);
    throw new ToolRunError(
      `pg_dump of ${redactUrl(url)} failed (exit ${r.code}): ${errors[0] ?? r.stderr.trim().split('\n').pop() ?? 'no message'}`,
      errors,
    );
  }
}

export interface RestoreResult {
  ok: boolean;
  seconds: number;
  errors: string[];
}

export async function runRestore(
  tools: PgTools,
  archive: string,
  url: string,
  jobs: number,
): Promise<RestoreResult> {
  const { dbname, env } = connectionArgs(url);
  const started = performance.now();
  const r = await run(
    tools.pgRestore,
    [`--dbname=${dbname}`, `--jobs=${Math.max(1, jobs)}`, '--no-password', archive],
    env,
  );
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  const errors = r.code === 0 ? [] : errorLines(r.stderr, url);
  if (r.code !== 0 && !errors.length)
    errors.push(r.stderr.trim().split('\n').pop() || `pg_restore exited ${r.code}`);
  return { ok: r.code === 0, seconds, errors };
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export interface DatabaseLocale {
  encoding: string;
  collate: string;
  ctype: string;
}

/** The source database's encoding and locale, which the scratch database copies. */
export async function databaseLocale(url: string): Promise<DatabaseLocale> {
  const c = await connect(url, { applicationName: 'pgci backup-verify' });
  try {
    const { rows } = await c.query<DatabaseLocale>(
      `SELECT pg_encoding_to_char(encoding) AS encoding, datcollate AS collate, datctype AS ctype
       FROM pg_database WHERE datname = current_database()`,
    );
    return rows[0]!;
  } finally {
    await c.end();
  }
}

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Creates an empty scratch database on the server of `serverUrl`. */
export async function createScratchDatabase(
  serverUrl: string,
  locale?: DatabaseLocale,
): Promise<ScratchDatabase> {
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const name = `${SCRATCH_PREFIX}${stamp}_${randomBytes(3).toString('hex')}`;
  const admin = await connect(serverUrl, { applicationName: 'pgci backup-verify' });
  try {
    // template0: an empty database, whatever was added to template1.
    const like = locale
      ? ` ENCODING ${literal(locale.encoding)} LC_COLLATE ${literal(locale.collate)} LC_CTYPE ${literal(locale.ctype)}`
      : '';
    await admin.query(`CREATE DATABASE ${ident(name)} TEMPLATE template0${like}`);
    await admin.query(`COMMENT ON DATABASE ${ident(name)} IS '${SCRATCH_COMMENT}'`);
  } finally {
    await admin.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: u.toString(),
    async drop() {
      if (dropped) return;
      const c = await connect(serverUrl, { applicationName: 'pgci backup-verify' });
      try {
        await c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
        dropped = true;
      } finally {
        await c.end();
      }
    },
  };
}
