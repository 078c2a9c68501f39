/**
 * security-scan figure: a database with 10,000 tables, 2,000 functions and 1,000 roles is scanned
 * in under 5 s (set-based catalog queries). Measured side by side with an empty database on the
 * same throwaway server, so the ratio shows what the objects cost.
 */
import pg from 'pg';
import { startThrowawayPostgres } from '../src/postgres/embedded.js';
import { runSecurityScan } from '../src/security/scan.js';
import type { Figure } from './validate.js';

const TABLES = 10_000;
const FUNCTIONS = 2_000;
const ROLES = 1_000;
const BATCH = 500;

async function populate(client: pg.Client): Promise<void> {
  for (let start = 0; start < ROLES; start += BATCH)
    await client.query(`DO $$ BEGIN FOR i IN ${start}..${Math.min(start + BATCH, ROLES) - 1} LOOP
      EXECUTE format('CREATE ROLE bench_role_%s %s CONNECTION LIMIT 10', i, CASE WHEN i % 2 = 0 THEN 'LOGIN' ELSE 'NOLOGIN' END);
      IF i % 10 <> 0 THEN EXECUTE format('GRANT bench_role_%s TO bench_role_%s', i - 1, i); END IF;
    END LOOP; END $$`);
  await client.query('CREATE SCHEMA bench');
  for (let start = 0; start < TABLES; start += BATCH)
    await client.query(`DO $$ BEGIN FOR i IN ${start}..${Math.min(start + BATCH, TABLES) - 1} LOOP
      EXECUTE format('CREATE TABLE bench.t_%s (id int primary key, v text)', i);
      IF i % 10 = 0 THEN EXECUTE format('GRANT SELECT ON bench.t_%s TO PUBLIC', i); END IF;
      IF i % 7 = 0 THEN EXECUTE format('GRANT SELECT ON bench.t_%s TO bench_role_%s WITH GRANT OPTION', i, i % ${ROLES}); END IF;
    END LOOP; END $$`);
  for (let start = 0; start < FUNCTIONS; start += BATCH)
    await client.query(`DO $$ BEGIN FOR i IN ${start}..${Math.min(start + BATCH, FUNCTIONS) - 1} LOOP
      EXECUTE format('CREATE FUNCTION bench.f_%s(int) RETURNS int LANGUAGE sql %s AS ''SELECT $1''', i,
        CASE WHEN i % 4 = 0 THEN 'SECURITY DEFINER' ELSE '' END);
    END LOOP; END $$`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function timeScan(url: string): Promise<{ ms: number; findings: number }> {
  const t = performance.now();
  const r = await runSecurityScan({ databaseUrl: url, profile: 'self-hosted', failOn: 'none' });
  return { ms: performance.now() - t, findings: r.findings.length };
}

export async function securityBench(): Promise<Figure[]> {
  const server = await startThrowawayPostgres({ major: 17 });
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench_big');
    await admin.query('CREATE DATABASE bench_empty');
    await admin.end();
    const big = new pg.Client({ connectionString: server.urlFor('bench_big') });
    await big.connect();
    const t = performance.now();
    await populate(big);
    await big.query('ANALYZE');
    await big.end();
    console.log(
      `security-scan bench: ${TABLES} tables, ${FUNCTIONS} functions, ${ROLES} roles created in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    await timeScan(server.urlFor('bench_big')); // warm the catalog caches
    const bigRuns: number[] = [];
    const emptyRuns: number[] = [];
    let findings = 0;
    for (let i = 0; i < 3; i++) {
      const e = await timeScan(server.urlFor('bench_empty'));
      const b = await timeScan(server.urlFor('bench_big'));
      emptyRuns.push(e.ms);
      bigRuns.push(b.ms);
      findings = b.findings;
    }
    const b = median(bigRuns);
    const e = median(emptyRuns);
    console.log(
      `security-scan, big database, 3 runs (ms): ${bigRuns.map((r) => r.toFixed(0)).join(', ')} (${findings} findings)`,
    );
    console.log(
      `security-scan, empty database, 3 runs (ms): ${emptyRuns.map((r) => r.toFixed(0)).join(', ')}; ratio ${(b / e).toFixed(1)}×`,
    );
    return [
      {
        name: `pgci security-scan, ${TABLES} tables + ${FUNCTIONS} functions + ${ROLES} roles, connect to report (median of 3)`,
        measured: `${b.toFixed(0)} ms (empty database ${e.toFixed(0)} ms)`,
        target: '< 5000 ms',
        pass: b < 5000,
      },
    ];
  } finally {
    await server.stop();
  }
}
