/**
 * Scratch databases for a benchmark: created on the given server, built from a folder of SQL
 * migrations applied in filename order (postgrator-style `NNN.do.name.sql`; `.undo.` files are
 * skipped) and a seed, dropped at the end. Kept small and separate so provision's migrations
 * runner can replace `applyMigrations` later without touching the rest.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { connect } from '../postgres/connect.js';
import { BenchmarkError } from './driver.js';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export function urlWithDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export async function createScratchDatabase(
  serverUrl: string,
  label: string,
): Promise<ScratchDatabase> {
  const name = `pgci_bench_${label}_${randomBytes(3).toString('hex')}`;
  const admin = await connect(serverUrl);
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } catch (err) {
    const e = err as { message: string; code?: string };
    throw new BenchmarkError(
      `cannot create the scratch database ${name}: ${e.message}${e.code === '42501' ? ' (the user needs CREATEDB)' : ''}.`,
    );
  } finally {
    await admin.end();
  }
  return {
    name,
    url: urlWithDatabase(serverUrl, name),
    async drop() {
      const c = await connect(serverUrl);
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** The migration files of a folder, in the order they apply. */
export async function migrationFiles(directory: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    throw new BenchmarkError(
      `the migrations directory ${directory} cannot be read; check migrations.directory in the config.`,
    );
  }
  return names
    .filter((n) => n.endsWith('.sql') && !/\.undo\./.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((n) => join(directory, n));
}

async function runFile(client: pg.Client, file: string, text: string): Promise<void> {
  try {
    await client.query(text);
  } catch (err) {
    const e = err as { message: string; code?: string; position?: string };
    const line = e.position
      ? ` (line ${text.slice(0, Number(e.position)).split('\n').length})`
      : '';
    throw new BenchmarkError(
      `${file}${line}: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}.`,
    );
  }
}

export async function applyMigrations(client: pg.Client, directory: string): Promise<string[]> {
  const files = await migrationFiles(directory);
  for (const f of files) await runFile(client, f, await readFile(f, 'utf8'));
  return files;
}

/** Seed SQL files, `:scale` (and `:'scale'`) replaced by the scale factor. */
export async function applySeed(client: pg.Client, files: string[], scale: number): Promise<void> {
  for (const f of files) {
    let text: string;
    try {
      text = await readFile(f, 'utf8');
    } catch {
      throw new BenchmarkError(
        `cannot read the seed file ${f}; check benchmark.seed.sql in the config.`,
      );
    }
    await runFile(
      client,
      f,
      text.replace(/:'scale'/g, `'${scale}'`).replace(/(?<!:):scale\b/g, String(scale)),
    );
  }
  // VACUUM as well as ANALYZE: hint bits and the visibility map set now, not during round 1.
  // A large statistics sample reads small tables whole, so two databases seeded alike get
  // the same statistics and plans (an A/A comparison then compares like with like).
  await client.query('SET default_statistics_target = 1000');
  await client.query('VACUUM ANALYZE');
  await client.query('RESET default_statistics_target');
}
