/**
 * The A/B regression gate on real servers: base and head scratch databases built from
 * migrations and a seed, alternating rounds, paired ratio with a 95% CI. A dropped index on
 * the hot query is flagged every time; 20 A/A comparisons flag at most one.
 */
import { join } from 'node:path';
import { runValidate } from '../../src/commands/validate.js';
import { runAB } from '../../src/benchmark/ab.js';
import { buildFromConfig, type LoadedConfig } from '../../src/benchmark/run.js';
import type { ScratchDatabase } from '../../src/benchmark/scratch.js';
import { loadWorkload } from '../../src/benchmark/workload.js';
import { connect } from '../../src/postgres/connect.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/paths.js';
import { testServers } from '../helpers/pg.js';

const BENCH = join(FIXTURES, 'benchmark');
const ROUNDS = { rounds: 5, roundMs: 150, warmupMs: 30, clients: 2, maxPercent: 20 };

async function loaded(side: 'base' | 'head'): Promise<LoadedConfig> {
  const path = join(BENCH, side, 'pgci.yml');
  const { result } = await runValidate(path);
  if (!result.config) throw new Error(`fixture ${path} is invalid`);
  return { config: result.config, path };
}

async function side(db: ScratchDatabase, c: LoadedConfig) {
  const client = await connect(db.url);
  try {
    const workload = await loadWorkload(
      { kind: 'config', benchmark: c.config.benchmark!, configDir: join(BENCH, 'base') },
      client,
    );
    return { url: db.url, workload };
  } finally {
    await client.end();
  }
}

const servers = testServers();

describe.each(servers.map((s, i) => [s.major ?? 'given', s, i] as const))(
  'PostgreSQL %s',
  (_major, server, index) => {
    const dbs: ScratchDatabase[] = [];
    let base: Awaited<ReturnType<typeof side>>;
    let base2: Awaited<ReturnType<typeof side>>;
    let head: Awaited<ReturnType<typeof side>>;
    beforeAll(async () => {
      const [b, h] = [await loaded('base'), await loaded('head')];
      for (const [c, label] of [
        [b, 'base'],
        [b, 'base2'],
        [h, 'head'],
      ] as const)
        dbs.push(await buildFromConfig(server.url, c, label));
      base = await side(dbs[0]!, b);
      base2 = await side(dbs[1]!, b);
      head = await side(dbs[2]!, h);
    }, 120_000);
    afterAll(async () => {
      for (const db of dbs) await db.drop();
    });

    it('flags the dropped index on the hot query every time', async () => {
      for (let i = 0; i < 3; i++) {
        // A fixed count per round, as in the A/A test: under a load spike a round of a few
        // hundred ms can end with no slow query measured at all.
        const r = await runAB({ base, head, ...ROUNDS, roundTransactions: 100 });
        expect(r.regressed).toContain('recent-orders');
        const hot = r.queries.find((q) => q.name === 'recent-orders')!;
        expect(hot.low).toBeGreaterThan(1.2);
        expect(hot.baseP50Ms).toHaveLength(5);
        // The other query only shares the server with the now-slow one: its ratio is smaller.
        const other = r.queries.find((q) => q.name === 'order-by-id')!;
        expect(other.ratio).toBeLessThan(hot.ratio);
      }
    });

    // 200 rounds on the first server of the run only, to keep the suite short. Each round
    // measures a fixed count of transactions, not a time: a loaded machine gives the same
    // number of samples (only slower), so the verdict does not depend on the machine's speed;
    // the generous timeout is for the same reason.
    (index === 0 ? it : it.skip)(
      'flags at most 1 of 20 A/A comparisons',
      async () => {
        let flagged = 0;
        const ratios: number[] = [];
        for (let i = 0; i < 20; i++) {
          const r = await runAB({ base, head: base2, ...ROUNDS, roundTransactions: 200 });
          if (r.regressed.length) flagged++;
          ratios.push(...r.queries.map((q) => q.ratio));
          for (const q of r.queries) expect(q.baseP50Ms.every((ms) => ms > 0)).toBe(true);
        }
        expect(flagged).toBeLessThanOrEqual(1);
        // Same data on both sides: the ratios centre on 1.
        const sorted = ratios.sort((a, b) => a - b);
        expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThan(0.8);
        expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(1.25);
      },
      600_000,
    );

    it('pgci benchmark --baseline-config fails naming the regressed query', async () => {
      const r = await runCli([
        'benchmark',
        '-d',
        server.url,
        '-c',
        join(BENCH, 'head', 'pgci.yml'),
        '--baseline-config',
        join(BENCH, 'base', 'pgci.yml'),
        '-T',
        '500ms',
        '--warmup',
        '100ms',
        '--rounds',
        '5',
        '--round-duration',
        '500ms',
        '--format',
        'json',
      ]);
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout);
      expect(out.regression.regressed).toContain('recent-orders');
      expect(out.regression.rounds).toBe(5);
      // Both scratch databases it built are gone afterwards.
      const built = [...r.stderr.matchAll(/scratch database (pgci_bench_\w+)/g)].map((m) => m[1]);
      expect(built).toHaveLength(2);
      const c = await connect(server.url);
      const left = await c.query(`SELECT datname FROM pg_database WHERE datname = ANY($1)`, [
        built,
      ]);
      await c.end();
      expect(left.rows).toEqual([]);
    }, 60_000);
  },
);
