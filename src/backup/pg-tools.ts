/**
 * Finding pg_dump and pg_restore of the server's major. pg_dump refuses a server newer than
 * itself and an older pg_restore cannot read a newer archive, so pgci insists on the server's
 * own major: from --pg-bin, PATH, or /usr/lib/postgresql/<major>/bin, or installed on an Ubuntu
 * runner from the PostgreSQL apt repository (logged), else one clear error naming what it needs.
 */
import { execFile } from 'node:child_process';
import { access, constants, readdir, readFile, realpath } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface PgTools {
  major: number;
  pgDump: string;
  pgRestore: string;
  /** pg_dump --version, e.g. "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)". */
  version: string;
  /** How they were found: "PATH", "/usr/lib/postgresql/15/bin", "installed …". */
  source: string;
}

/** No pg_dump of the needed major: says which major, what was found and what to do. */
export class PgToolsError extends Error {
  override name = 'PgToolsError';
}

export interface FindOptions {
  /** Directory to look in first (--pg-bin / PGCI_PG_BIN). */
  binDir?: string;
  /** Install the client tools on an Ubuntu runner when none match (apt, PostgreSQL repository). */
  install?: boolean;
  /** Where progress lines go (install commands are logged here). */
  log?: (line: string) => void;
  env?: Record<string, string | undefined>;
  /** Root of the PostgreSQL installs (tests point it elsewhere). */
  libRoot?: string;
  /** /etc/os-release contents (tests give another system's). */
  osRelease?: string;
}

interface Candidate {
  dir: string;
  source: string;
}

/** Major of a pg_dump binary, from its --version line; undefined when it does not run. */
export async function toolMajor(
  binary: string,
): Promise<{ major: number; version: string } | undefined> {
  try {
    const { stdout } = await exec(binary, ['--version'], { timeout: 10_000 });
    const m = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(stdout);
    if (!m) return undefined;
    return { major: Number(m[1]), version: stdout.trim() };
  } catch {
    return undefined;
  }
}

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function candidates(major: number, options: FindOptions): Promise<Candidate[]> {
  const env = options.env ?? process.env;
  const out: Candidate[] = [];
  const bin = options.binDir ?? env.PGCI_PG_BIN;
  if (bin) out.push({ dir: bin, source: `--pg-bin ${bin}` });
  const libRoot = options.libRoot ?? '/usr/lib/postgresql';
  out.push({
    dir: join(libRoot, String(major), 'bin'),
    source: join(libRoot, String(major), 'bin'),
  });
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    out.push({ dir, source: 'PATH' });
  return out;
}

/** Every pg_dump on this machine with its major, for the error message. */
async function inventory(options: FindOptions): Promise<string[]> {
  const env = options.env ?? process.env;
  const libRoot = options.libRoot ?? '/usr/lib/postgresql';
  const dirs = new Set<string>();
  const bin = options.binDir ?? env.PGCI_PG_BIN;
  if (bin) dirs.add(bin);
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) dirs.add(dir);
  try {
    for (const v of await readdir(libRoot)) dirs.add(join(libRoot, v, 'bin'));
  } catch {
    // no PostgreSQL installs there
  }
  const found: string[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    const path = join(dir, 'pg_dump');
    if (!(await executable(path))) continue;
    // /bin → /usr/bin and Debian's pg_wrapper links: name each binary once.
    const real = await realpath(path).catch(() => path);
    if (seen.has(real)) continue;
    seen.add(real);
    const v = await toolMajor(path);
    if (v) found.push(`${v.major} at ${path}`);
  }
  return [...new Set(found)];
}

async function lookup(major: number, options: FindOptions): Promise<PgTools | undefined> {
  for (const c of await candidates(major, options)) {
    const pgDump = join(c.dir, 'pg_dump');
    const pgRestore = join(c.dir, 'pg_restore');
    if (!(await executable(pgDump)) || !(await executable(pgRestore))) continue;
    const v = await toolMajor(pgDump);
    if (v?.major === major)
      return { major, pgDump, pgRestore, version: v.version, source: c.source };
  }
  return undefined;
}

/** The commands that install PostgreSQL <major> client tools on Ubuntu from the PGDG repository. */
export function ubuntuInstallCommands(major: number, codename: string): string[][] {
  const keyring = '/usr/share/keyrings/postgresql-archive-keyring.asc';
  return [
    ['apt-get', 'install', '-y', 'curl', 'ca-certificates'],
    ['curl', '-fsSL', '-o', keyring, 'https://www.postgresql.org/media/keys/ACCC4CF8.asc'],
    [
      'sh',
      '-c',
      `echo "deb [signed-by=${keyring}] https://apt.postgresql.org/pub/repos/apt ${codename}-pgdg main" > /etc/apt/sources.list.d/pgdg.list`,
    ],
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', `postgresql-client-${major}`],
  ];
}

function osField(osRelease: string, key: string): string | undefined {
  const m = new RegExp(`^${key}=("?)([^"\\n]*)\\1$`, 'm').exec(osRelease);
  return m?.[2];
}

/** Finds (or on Ubuntu with `install`, installs) pg_dump and pg_restore of `major`. */
export async function findPgTools(major: number, options: FindOptions = {}): Promise<PgTools> {
  const log = options.log ?? (() => undefined);
  const found = await lookup(major, options);
  if (found) return found;
  let attempted = '';
  if (options.install) {
    const osRelease =
      options.osRelease ?? (await readFile('/etc/os-release', 'utf8').catch(() => ''));
    const id = osField(osRelease, 'ID');
    const codename =
      osField(osRelease, 'VERSION_CODENAME') ?? osField(osRelease, 'UBUNTU_CODENAME');
    const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
    const commands = ubuntuInstallCommands(major, codename ?? 'noble').map((c) => [...sudo, ...c]);
    if (id !== 'ubuntu' || !codename) {
      log(
        `pgci: not an Ubuntu runner (${id ?? 'unknown system'}); would install PostgreSQL ${major} client tools with:`,
      );
      for (const c of commands) log(`  ${c.join(' ')}`);
      attempted = ` Automatic install runs on Ubuntu runners only; on this ${id ?? 'system'} install postgresql-client-${major} yourself.`;
    } else {
      log(`pgci: installing PostgreSQL ${major} client tools (PostgreSQL apt repository):`);
      for (const c of commands) {
        log(`  $ ${c.join(' ')}`);
        try {
          await exec(c[0]!, c.slice(1), { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
        } catch (err) {
          const stderr = String((err as { stderr?: string }).stderr ?? '')
            .trim()
            .split('\n')
            .pop();
          throw new PgToolsError(
            `Installing PostgreSQL ${major} client tools failed at \`${c.join(' ')}\`: ${stderr || (err as Error).message}.`,
          );
        }
      }
      const installed = await lookup(major, options);
      if (installed) return { ...installed, source: `installed postgresql-client-${major}` };
      attempted = ` postgresql-client-${major} was installed but pg_dump ${major} is still not found.`;
    }
  }
  const have = await inventory(options);
  throw new PgToolsError(
    `backup-verify needs pg_dump ${major} (the server's major), found ${have.length ? have.join(', ') : 'no pg_dump at all'}.${attempted} Install postgresql-client-${major}, pass --pg-bin DIR, or set PGCI_PG_BIN${options.install ? '' : ', or allow --install-pg-tools on an Ubuntu runner'}.`,
  );
}
