/** pgci benchmark on real servers: built-ins, honesty under a stall, gates, bad workloads. */
import { join } from 'node:path';
import pg from 'pg';
import { runDriver } from '../../src/benchmark/driver.js';
import { parsePgbenchScript, type Query, type Workload } from '../../src/benchmark/script.js';
import { BUILTIN_SCRIPTS } from '../../src/benchmark/builtin.js';
import { runCli } from '../helpers/cli.js';
import { createTestDatabase, testServers, type TestDatabase } from '../helpers/pg.js';
import { FIXTURES } from '../helpers/paths.js';

const BENCH = join(FIXTURES, 'benchmark');

function selectOnly(scale: number): Workload {
  const queries: Query[] = [];
  const script = parsePgbenchScript('select-only', BUILTIN_SCRIPTS['select-only'], queries);
  return { name: 'select-only', queries, scripts: [script], vars: { scale } };
}

async function withClient<T>(url: string, body: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await body(c);
  } finally {
    await c.end();
  }
}

/** Holds an ACCESS EXCLUSIVE lock on pgbench_accounts for `ms`, starting after `afterMs`. */
async function stall(url: string, afterMs: number, ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, afterMs));
  await withClient(url, async (c) => {
    await c.query('BEGIN');
    await c.query('LOCK TABLE pgbench_accounts IN ACCESS EXCLUSIVE MODE');
    await new Promise((r) => setTimeout(r, ms));
    await c.query('COMMIT');
  });
}

describe.each(testServers().map((s) => [s.major ?? 'given', s] as const))(
  'PostgreSQL %s',
  (_major, server) => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(server, 'pgci_bench');
    });
    afterAll(() => db.drop());

    it('runs builtin:select-only, creating pgbench tables, with the JSON the issue names', async () => {
      const r = await runCli([
        'benchmark',
        '-d',
        db.url,
        '-w',
        'builtin:select-only',
        '-s',
        '1',
        '-n',
        '2',
        '-T',
        '1s',
        '--warmup',
        '200ms',
        '-P',
        '500ms',
        '-f',
        'json',
      ]);
      expect(r.stderr).toContain('creating pgbench tables at scale 1');
      expect(r.stderr).toMatch(/progress: [\d.]+ s, [\d.]+ tps, p95 [\d.]+ ms/);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.tps).toBeGreaterThan(0);
      expect(out.transactions).toBeGreaterThan(0);
      expect(out.errors).toBe(0);
      expect(out.hidesStalls).toBe(true);
      expect(out.queries).toHaveLength(1);
      const q = out.queries[0];
      expect(q).toMatchObject({ name: 'select-only', count: out.transactions, errors: 0 });
      expect(Object.keys(q.latencyMs).sort()).toEqual(['max', 'mean', 'p50', 'p90', 'p95', 'p99']);
      expect(q.latencyMs.p50).toBeLessThanOrEqual(q.latencyMs.p99);
      expect(out.explain[0].plan).toContain('pgbench_accounts_pkey');
      expect(
        await withClient(
          db.url,
          async (c) => (await c.query('SELECT count(*)::int AS n FROM pgbench_branches')).rows[0].n,
        ),
      ).toBe(1);
    });

    it('runs builtin:tpcb-like as pgbench does: one history row per transaction', async () => {
      await withClient(db.url, (c) => c.query('TRUNCATE pgbench_history'));
      const r = await runCli([
        'benchmark',
        '-d',
        db.url,
        '-w',
        'builtin:tpcb-like',
        '-n',
        '2',
        '-t',
        '300',
        '--warmup',
        '0s',
        '-f',
        'json',
      ]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.transactions).toBe(300);
      expect(out.queries.map((q: { name: string }) => q.name)).toEqual(
        [1, 2, 3, 4, 5, 6, 7].map((n) => `tpcb-like#${n}`),
      );
      const rows = await withClient(
        db.url,
        async (c) => (await c.query('SELECT count(*)::int AS n FROM pgbench_history')).rows[0].n,
      );
      expect(rows).toBe(300);
    });

    it('open loop shows a 1 s lock stall in p99; closed loop hides it', async () => {
      const workload = selectOnly(1);
      const [open] = await Promise.all([
        runDriver({
          url: db.url,
          workload,
          clients: 4,
          durationMs: 3000,
          warmupMs: 200,
          rate: 1000,
        }),
        stall(db.url, 1200, 1000),
      ]);
      const [closed] = await Promise.all([
        runDriver({ url: db.url, workload, clients: 4, durationMs: 3000, warmupMs: 200 }),
        stall(db.url, 1200, 1000),
      ]);
      const ms = (h: typeof open.transaction, p: number) => h.getValueAtPercentile(p) / 1000;
      expect(ms(open.transaction, 99)).toBeGreaterThanOrEqual(500);
      expect(ms(open.queries[0]!.histogram, 99)).toBeGreaterThanOrEqual(500);
      // The stall happened in the closed run too (its max shows it), yet p99 stays low.
      expect(closed.transaction.maxValue / 1000).toBeGreaterThanOrEqual(900);
      expect(ms(closed.transaction, 99)).toBeLessThan(100);
    });

    it('runs a pgbench script file with \\set, :var and \\sleep', async () => {
      const r = await runCli([
        'benchmark',
        '-d',
        db.url,
        '-w',
        join(BENCH, 'scripts', 'custom.sql'),
        '-n',
        '2',
        '-T',
        '500ms',
        '--warmup',
        '0s',
        '-f',
        'json',
      ]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.queries[0].name).toBe('custom');
      // Each transaction sleeps 1 ms first, so 2 clients cannot exceed ~2,000 per second.
      expect(out.transactions).toBeGreaterThan(10);
      expect(out.tps).toBeLessThan(2100);
    });

    it('fails the SLO gate and names the query', async () => {
      const cfg = join(BENCH, 'slo.yml');
      const r = await runCli([
        'benchmark',
        '-d',
        db.url,
        '-c',
        cfg,
        '-T',
        '600ms',
        '--warmup',
        '0s',
        '-f',
        'json',
      ]);
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout);
      expect(out.slo).toEqual({ ok: false, violations: ['slow-sleep'] });
      const text = await runCli([
        'benchmark',
        '-d',
        db.url,
        '-c',
        cfg,
        '-T',
        '300ms',
        '--warmup',
        '0s',
      ]);
      expect(text.stdout).toMatch(/SLO violated by slow-sleep: p95 [\d.]+ ms > 5 ms/);
    });

    it('reads replies larger than one read, frames split across reads, and the errors after them', async () => {
      // ~300 kB of rows per execution: many reads of the session's 64 kB buffer, frames cut
      // at read boundaries, then an error whose SQLSTATE and message must come through intact.
      const queries: Query[] = [];
      const script = parsePgbenchScript(
        'wide',
        `\\set n random(290, 310)
SELECT repeat('x', 1000) FROM generate_series(1, :n);
SELECT 1 / (:n::int - :n::int);
`,
        queries,
      );
      const r = await runDriver({
        url: db.url,
        workload: { name: 'wide', queries, scripts: [script], vars: {} },
        clients: 2,
        transactions: 20,
      });
      expect(r.queries[0]!.count).toBe(20);
      expect(r.queries[0]!.errors).toBe(0);
      expect(r.queries[1]!.errors).toBe(20);
      expect(r.errorsByCode).toEqual({ '22012': 20 });
      expect(r.errorSamples[0]).toMatchObject({ code: '22012', message: 'division by zero' });
      expect(r.errors).toBe(20);
    });

    it('counts runtime errors by SQLSTATE and keeps going', async () => {
      const r = await runCli([
        'benchmark',
        '-d',
        db.url,
        '-c',
        join(BENCH, 'errors.yml'),
        '-T',
        '400ms',
        '--warmup',
        '0s',
        '-f',
        'json',
      ]);
      const out = JSON.parse(r.stdout);
      expect(out.errorsByCode['22012']).toBeGreaterThan(0); // division_by_zero
      expect(out.transactions).toBeGreaterThan(0);
      expect(r.code).toBe(0);
    });

    it.each([
      [
        'a query the server refuses',
        ['-c', join(BENCH, 'bad-sql.yml')],
        /query "missing-table" is refused by the server: relation "no_such_table" does not exist \(SQLSTATE 42P01\)/,
      ],
      [
        'an unknown script parameter',
        ['-w', join(BENCH, 'scripts', 'unknown-param.sql')],
        /unknown-param\.sql:2: unknown parameter :account/,
      ],
      [
        'a $n without a generator',
        ['-c', join(BENCH, 'missing-param.yml')],
        /benchmark\.queries\[0\] \(two-params\): the SQL uses \$2 but only 1 parameter generator/,
      ],
      [
        'an unknown built-in',
        ['-w', 'builtin:nope'],
        /unknown built-in; choose one of builtin:tpcb-like/,
      ],
    ])('explains %s with exit code 2', async (_what, args, message) => {
      const r = await runCli(['benchmark', '-d', db.url, ...args, '-T', '200ms', '--warmup', '0s']);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.code).toBe(2);
    });
  },
);

it('explains an unreachable server with exit code 1, without the password', async () => {
  const r = await runCli([
    'benchmark',
    '-d',
    'postgres://u:Secr3tPw@127.0.0.1:1/db',
    '--timeout',
    '1',
  ]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('nothing is listening there');
  expect(r.stderr).not.toContain('Secr3tPw');
});
