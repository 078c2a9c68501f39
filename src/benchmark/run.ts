/**
 * `pgci benchmark` end to end: data (scratch databases from migrations and seed, or pgbench's
 * tables), the measured run, the A/B rounds against the base, EXPLAIN of the slowest queries,
 * a pg_stat_statements snapshot, and the Report. Scratch databases are always dropped.
 */
import { dirname, resolve } from 'node:path';
import type pg from 'pg';
import type { BenchmarkConfig, PgciConfig } from '../config/schema.js';
import { connect } from '../postgres/connect.js';
import type { Report } from '../report/report.js';
import { runAB, type AbResult } from './ab.js';
import { BenchmarkError, runDriver } from './driver.js';
import { explainQueries, statStatements } from './explain.js';
import { benchmarkReport } from './report.js';
import {
  applyMigrations,
  applySeed,
  createScratchDatabase,
  type ScratchDatabase,
} from './scratch.js';
import type { Workload } from './script.js';
import { summarize } from './summary.js';
import { loadWorkload, parseWorkloadFlag, type WorkloadSpec } from './workload.js';

export interface LoadedConfig {
  config: PgciConfig;
  /** Path of the config file; migrations and seed files are relative to its folder. */
  path: string;
}

export interface BenchmarkOptions {
  url: string;
  /** builtin:select-only | builtin:tpcb-like | builtin:simple-update | config | a script file. */
  workload: string;
  config?: LoadedConfig;
  /** The base's config (a checkout of the base ref): enables the A/B regression check. */
  baseline?: LoadedConfig;
  clients?: number;
  durationMs?: number;
  transactions?: number;
  warmupMs?: number;
  rate?: number;
  scale?: number;
  rounds?: number;
  roundMs?: number;
  maxRegressionPercent?: number;
  explain?: number;
  progressMs?: number;
  /** Give up connecting after this long (default 10 s). */
  connectTimeoutMs?: number;
  log?: (line: string) => void;
}

const hasData = (c: LoadedConfig) =>
  Boolean(c.config.migrations || c.config.benchmark?.seed?.sql?.length);

/** Builds a scratch database from a config's migrations and seed. */
export async function buildFromConfig(
  serverUrl: string,
  c: LoadedConfig,
  label: string,
  scale?: number,
): Promise<ScratchDatabase> {
  const db = await createScratchDatabase(serverUrl, label);
  try {
    const client = await connect(db.url);
    try {
      const dir = dirname(resolve(c.path));
      if (c.config.migrations)
        await applyMigrations(client, resolve(dir, c.config.migrations.directory));
      const seed = c.config.benchmark?.seed;
      if (seed?.sql?.length)
        await applySeed(
          client,
          seed.sql.map((f) => resolve(dir, f)),
          scale ?? seed.scale ?? 1,
        );
    } finally {
      await client.end();
    }
    return db;
  } catch (err) {
    await db.drop().catch(() => undefined);
    throw err;
  }
}

function specFor(flag: string, c: LoadedConfig | undefined): WorkloadSpec {
  const w = parseWorkloadFlag(flag);
  if (w.kind !== 'config') return w;
  const benchmark: BenchmarkConfig | undefined = c?.config.benchmark;
  if (!c || !benchmark)
    throw new BenchmarkError(
      '--workload config needs a config with a benchmark section (--config database/pgci.yml).',
    );
  return { kind: 'config', benchmark, configDir: dirname(resolve(c.path)) };
}

async function withClient<T>(
  url: string,
  body: (c: pg.Client) => Promise<T>,
  timeoutMs?: number,
): Promise<T> {
  const client = await connect(url, { timeoutMs });
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

export async function runBenchmark(o: BenchmarkOptions): Promise<Report> {
  const log = o.log ?? (() => undefined);
  const bench = o.config?.config.benchmark;
  const spec = specFor(o.workload, o.config);
  const clients = o.clients ?? bench?.clients ?? 4;
  const warmupMs = o.warmupMs ?? 0;
  const scratch: ScratchDatabase[] = [];
  // Fail fast on an unreachable server, before building anything.
  await withClient(o.url, async () => undefined, o.connectTimeoutMs);
  try {
    let headUrl = o.url;
    if (spec.kind === 'config' && hasData(o.config!)) {
      const db = await buildFromConfig(o.url, o.config!, 'head', o.scale);
      log(`built the head scratch database ${db.name} from migrations and seed`);
      scratch.push(db);
      headUrl = db.url;
    }
    const workload = await withClient(headUrl, (c) =>
      loadWorkload(spec, c, { scale: o.scale, onInfo: log }),
    );
    log(
      `running ${workload.name}: ${clients} clients, ${o.rate ? `open loop at ${o.rate} tx/s` : 'closed loop'}, ${
        o.transactions !== undefined
          ? `${o.transactions} transactions`
          : `${(o.durationMs ?? 0) / 1000} s`
      } after ${warmupMs / 1000} s warm-up`,
    );
    const result = await runDriver({
      url: headUrl,
      workload,
      clients,
      durationMs: o.transactions === undefined ? o.durationMs : undefined,
      transactions: o.transactions,
      warmupMs,
      rate: o.rate,
      progressMs: o.progressMs ?? 5000,
      onProgress: (p) =>
        log(
          `progress: ${p.elapsedS.toFixed(1)} s, ${p.tps.toFixed(1)} tps, p95 ${p.p95Ms.toFixed(3)} ms, ${p.errors} failed${p.warmingUp ? ' (warm-up)' : ''}`,
        ),
    });
    const run = summarize(result, workload, bench?.sloP95Ms ?? 200);

    let regression: AbResult | undefined;
    if (o.baseline) {
      const baseSpec = specFor(o.workload, o.baseline);
      let baseUrl = o.url;
      if (hasData(o.baseline)) {
        const db = await buildFromConfig(o.url, o.baseline, 'base', o.scale);
        log(`built the base scratch database ${db.name} from the base's migrations and seed`);
        scratch.push(db);
        baseUrl = db.url;
      }
      const baseWorkload: Workload = await withClient(baseUrl, (c) =>
        loadWorkload(baseSpec, c, { scale: o.scale }),
      );
      const rounds = o.rounds ?? bench?.regression?.rounds ?? 5;
      regression = await runAB({
        base: { url: baseUrl, workload: baseWorkload },
        head: { url: headUrl, workload },
        clients,
        rounds,
        roundMs: o.roundMs ?? 5000,
        warmupMs: Math.min(1000, (o.roundMs ?? 5000) / 5),
        maxPercent: o.maxRegressionPercent ?? bench?.regression?.maxPercent ?? 20,
        onRound: log,
      });
    }

    const explainCount = o.explain ?? bench?.explain ?? 3;
    const slowest = run.queries
      .map((q, i) => ({ i, p95: q.latencyMs.p95, count: q.count }))
      .filter((q) => q.count > 0)
      .sort((a, b) => b.p95 - a.p95)
      .slice(0, explainCount)
      .map((q) => q.i);
    const { explain, stats } = await withClient(headUrl, async (c) => ({
      explain: slowest.length ? await explainQueries(c, workload, slowest) : [],
      stats: await statStatements(c),
    }));
    return benchmarkReport({
      workload: workload.name,
      run,
      warmupS: warmupMs / 1000,
      regression,
      explain,
      statStatements: stats,
    });
  } finally {
    for (const db of scratch) await db.drop().catch(() => undefined);
  }
}

/** "30s", "500ms", "2m" or a bare number of seconds → ms. */
export function parseDuration(value: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(value.trim());
  if (!m)
    throw new BenchmarkError(`${what} must be a duration like 30s, 500ms or 2m, not "${value}".`);
  const n = Number(m[1]);
  return m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
}
