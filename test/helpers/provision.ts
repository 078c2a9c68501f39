/** Writes a pgci.yml (and its migrations) into a temp dir, with names unique to the test. */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface ConfigWorkspace {
  dir: string;
  file: string;
  /** Unique prefix for roles and databases (roles are cluster-wide on the shared test servers). */
  p: string;
  write(config: Record<string, unknown>): Promise<string>;
  migration(name: string, sql: string): Promise<void>;
  remove(): Promise<void>;
}

export async function configWorkspace(): Promise<ConfigWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'pgci-provision-'));
  await mkdir(join(dir, 'migrations'));
  const file = join(dir, 'pgci.yml');
  return {
    dir,
    file,
    p: `t${randomBytes(3).toString('hex')}`,
    async write(config) {
      await writeFile(file, stringify({ version: 1, ...config }));
      return file;
    },
    async migration(name, sql) {
      await writeFile(join(dir, 'migrations', name), sql);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A small config: an owner, a migrator with a password, an app role with grants. */
export function smallConfig(p: string, extra: Record<string, unknown> = {}) {
  return {
    databases: [
      {
        name: `${p}_app`,
        owner: `${p}_owner`,
        extensions: ['pg_trgm'],
        parameters: { statement_timeout: '5s' },
      },
    ],
    roles: [
      { name: `${p}_owner`, login: false },
      {
        name: `${p}_migrator`,
        login: true,
        password: '${PGCI_TEST_MIGRATOR_PASSWORD}',
        memberOf: [`${p}_owner`],
        connectionLimit: 2,
      },
      {
        name: `${p}_app`,
        login: true,
        password: '${PGCI_TEST_APP_PASSWORD}',
        connectionLimit: 10,
        grants: [
          { database: `${p}_app`, on: 'database', privileges: ['CONNECT'] },
          { database: `${p}_app`, schema: 'public', on: 'schema', privileges: ['USAGE'] },
          {
            database: `${p}_app`,
            schema: 'public',
            on: 'tables',
            privileges: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
          },
          {
            database: `${p}_app`,
            schema: 'public',
            on: 'sequences',
            privileges: ['USAGE', 'SELECT'],
          },
        ],
      },
    ],
    migrations: { directory: 'migrations', database: `${p}_app` },
    ...extra,
  };
}

export const PASSWORDS = {
  PGCI_TEST_MIGRATOR_PASSWORD: 'migrator-Secret-0a9f3c2e71',
  PGCI_TEST_APP_PASSWORD: 'app-Secret-5be8d1f0c4a7',
};

/** Drops what a test created on a shared server: its databases first, then its roles. */
export async function dropPrefixed(adminUrl: string, p: string): Promise<void> {
  const pg = (await import('pg')).default;
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const dbs = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${p}\\_%`],
    );
    for (const d of dbs.rows) await c.query(`DROP DATABASE IF EXISTS "${d.datname}" WITH (FORCE)`);
    const roles = await c.query<{ rolname: string }>(
      `SELECT rolname FROM pg_roles WHERE rolname LIKE $1 ORDER BY rolname DESC`,
      [`${p}\\_%`],
    );
    for (const r of roles.rows) {
      await c.query(`DROP OWNED BY "${r.rolname}"`).catch(() => undefined);
      await c.query(`DROP ROLE IF EXISTS "${r.rolname}"`).catch(() => undefined);
    }
  } finally {
    await c.end();
  }
}
