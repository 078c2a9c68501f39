/**
 * `npx tsx bench/candidates.ts`: the driver candidates measured before choosing the hot path,
 * each against pgbench -S -M prepared -c 4 -j 2 on the same server and data, interleaved.
 * Kept so the choice can be re-measured; `npm run bench` runs only the chosen driver.
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { initPgbenchTables } from '../src/benchmark/builtin.js';
import { runDriver } from '../src/benchmark/driver.js';
import { parsePgbenchScript, type Query } from '../src/benchmark/script.js';
import { BUILTIN_SCRIPTS } from '../src/benchmark/builtin.js';
import { startThrowawayPostgres } from '../src/postgres/embedded.js';

const SECONDS = Number(process.env.SECONDS_PER_RUN ?? 5);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SCALE = 10;

function pgbenchTps(url: string): number {
  const r = spawnSync(
    'pgbench',
    ['-n', '-S', '-M', 'prepared', '-c', '4', '-j', '2', '-T', String(SECONDS), url],
    { encoding: 'utf8' },
  );
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(r.stdout);
  if (!m) throw new Error(r.stdout + r.stderr);
  return Number(m[1]);
}

async function closedLoop(clients: number, run: (i: number) => Promise<void>): Promise<number> {
  let n = 0;
  const end = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      while (performance.now() < end) {
        await run(i);
        n++;
      }
    }),
  );
  return n / ((performance.now() - t0) / 1000);
}

async function pgPrepared(url: string): Promise<number> {
  const cs = await Promise.all(
    [0, 1, 2, 3].map(async () => {
      const c = new pg.Client(url);
      await c.connect();
      return c;
    }),
  );
  try {
    return await closedLoop(4, async (i) => {
      await cs[i]!.query({
        name: 'sel',
        text: 'SELECT abalance FROM pgbench_accounts WHERE aid = $1',
        values: [1 + Math.floor(Math.random() * 100000 * SCALE)],
        rowMode: 'array',
      });
    });
  } finally {
    await Promise.all(cs.map((c) => c.end()));
  }
}

async function porsager(url: string): Promise<number> {
  const { default: postgres } = await import('postgres');
  const sql = postgres(url, { max: 4, prepare: true });
  try {
    return await closedLoop(4, async () => {
      await sql`SELECT abalance FROM pgbench_accounts WHERE aid = ${1 + Math.floor(Math.random() * 100000 * SCALE)}`.values();
    });
  } finally {
    await sql.end();
  }
}

async function wire(url: string): Promise<number> {
  const queries: Query[] = [];
  const script = parsePgbenchScript('select-only', BUILTIN_SCRIPTS['select-only'], queries);
  const r = await runDriver({
    url,
    clients: 4,
    durationMs: SECONDS * 1000,
    workload: { name: 'select-only', queries, scripts: [script], vars: { scale: SCALE } },
  });
  return (r.transactions / r.measuredMs) * 1000;
}

const server = await startThrowawayPostgres({ major: 17 });
try {
  const admin = new pg.Client(server.url);
  await admin.connect();
  await initPgbenchTables(admin, SCALE);
  await admin.end();
  const candidates: Record<string, (u: string) => Promise<number>> = {
    'pg prepared rowMode array': pgPrepared,
    'postgres (porsager) prepare': porsager,
    'pgci wire loop': wire,
  };
  const ratios: Record<string, number[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(candidates)) {
      const base = pgbenchTps(server.url);
      const tps = await fn(server.url);
      (ratios[name] ??= []).push(tps / base);
      console.log(
        `round ${round + 1} ${name}: ${tps.toFixed(0)} tps vs pgbench ${base.toFixed(0)} → ${(tps / base).toFixed(2)}`,
      );
    }
  }
  for (const [name, rs] of Object.entries(ratios))
    console.log(`${name}: ratios ${rs.map((r) => r.toFixed(2)).join(', ')}`);
} finally {
  await server.stop();
}
