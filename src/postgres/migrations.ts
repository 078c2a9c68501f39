/**
 * Migrations: plain SQL files (`001.do.catalog.sql`, postgrator's naming) run once each through
 * postgrator, which records them with a checksum in a table (default `schemaversion`). Plan
 * reads only (version and checksums); apply runs each pending migration in its own
 * transaction, so a run killed mid-way leaves whole migrations and the next run resumes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import type Postgrator from 'postgrator';

export interface MigrationFile {
  version: number;
  name: string;
  file: string;
}

export interface MigrationStatus {
  databaseVersion: number;
  pending: MigrationFile[];
  /** A recorded migration whose file changed since it ran (postgrator's checksum check). */
  checksumError?: string;
}

// Its own schema, so grants on the application's schemas never reach the migration record.
export const DEFAULT_MIGRATIONS_TABLE = 'pgci.schemaversion';

// postgrator takes a glob; escape glob characters a directory name may hold.
const globOf = (directory: string) =>
  join(directory, '*')
    .replace(/\\/g, '/')
    .replace(/([[\]{}()!?])/g, '\\$1');

// postgrator (and the glob library under it) loads only for a config with migrations.
async function newPostgrator(options: ConstructorParameters<typeof Postgrator>[0]) {
  const { default: PostgratorClass } = await import('postgrator');
  return new PostgratorClass(options);
}

function postgrator(client: pg.Client, directory: string, table: string, database: string) {
  return newPostgrator({
    migrationPattern: globOf(directory),
    driver: 'pg',
    database,
    schemaTable: table,
    execQuery: (query) => client.query(query),
  });
}

export function migrationsDirectoryError(directory: string): string | undefined {
  return existsSync(directory)
    ? undefined
    : `the migrations directory ${directory} does not exist; create it or fix migrations.directory`;
}

/** Read-only: which migrations have not run yet on this database. */
export async function migrationStatus(
  client: pg.Client,
  directory: string,
  table: string,
  database: string,
): Promise<MigrationStatus> {
  const p = await postgrator(client, directory, table, database);
  const all = (await p.getMigrations()).filter((m) => m.action === 'do');
  const databaseVersion = await p.getDatabaseVersion();
  let checksumError: string | undefined;
  if (databaseVersion > 0) {
    try {
      await p.validateMigrations(databaseVersion);
    } catch (err) {
      checksumError = `${(err as Error).message}: a migration that already ran was edited; add a new migration instead`;
    }
  }
  return {
    databaseVersion,
    pending: all
      .filter((m) => m.version > databaseVersion)
      .sort((a, b) => a.version - b.version)
      .map((m) => ({ version: m.version, name: m.name, file: m.filename })),
    ...(checksumError ? { checksumError } : {}),
  };
}

/** Runs the pending migrations one transaction each; returns the versions applied. */
export async function runMigrations(
  client: pg.Client,
  directory: string,
  table: string,
  database: string,
  pendingVersions: number[],
  onApplied: (m: MigrationFile) => void = () => undefined,
): Promise<number[]> {
  const p = await postgrator(client, directory, table, database);
  const applied: number[] = [];
  for (const version of pendingVersions) {
    await client.query('BEGIN');
    try {
      const done = await p.migrate(String(version));
      await client.query('COMMIT');
      for (const m of done) {
        applied.push(m.version);
        onApplied({ version: m.version, name: m.name, file: m.filename });
      }
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      const e = err as Error & { position?: string };
      throw new Error(`migration ${version} failed and was rolled back: ${e.message}`);
    }
  }
  return applied;
}

/** The migration files alone, for a database that does not exist yet (all pending). */
export async function migrationFiles(directory: string): Promise<MigrationStatus> {
  const p = await newPostgrator({
    migrationPattern: globOf(directory),
    driver: 'pg',
    database: '',
    execQuery: () => Promise.reject(new Error('no database yet')),
  });
  const all = (await p.getMigrations()).filter((m) => m.action === 'do');
  return {
    databaseVersion: 0,
    pending: all
      .sort((a, b) => a.version - b.version)
      .map((m) => ({ version: m.version, name: m.name, file: m.filename })),
  };
}
