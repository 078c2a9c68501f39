/**
 * The real-PostgreSQL harness for tests: the servers global-setup started (or
 * TEST_DATABASE_URL), and a fresh database per test file on each of them.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const SERVERS_ENV = 'PGCI_TEST_SERVERS';

export interface TestServer {
  url: string;
  major?: number;
}

export function testServers(): TestServer[] {
  const raw = process.env[SERVERS_ENV];
  if (!raw)
    throw new Error('No test PostgreSQL: run the tests through jest (global-setup starts them).');
  return JSON.parse(raw) as TestServer[];
}

export interface TestDatabase {
  /** Superuser URL to the new database. */
  url: string;
  name: string;
  major: number;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates an empty database with a unique name on `server`; drop() removes it. */
export async function createTestDatabase(
  server: TestServer,
  prefix = 'pgci_test',
): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const { rows } = await admin.query<{ v: string }>(
      `SELECT current_setting('server_version_num') AS v`,
    );
    const major = Math.floor(Number(rows[0]!.v) / 10000);
    return {
      url: withDatabase(server.url, name),
      name,
      major,
      async drop() {
        const c = new pg.Client({ connectionString: server.url });
        await c.connect();
        try {
          await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await c.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
}
