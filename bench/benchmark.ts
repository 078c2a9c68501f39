/**
 * The benchmark issue's figures, side by side in one run on a throwaway PostgreSQL 17:
 * driver efficiency against pgbench (interleaved), honesty under a lock stall (open vs closed
 * loop), A/A and dropped-index A/B on the music-library example, and RSS over 10 million
 * transactions. BENCH_QUICK=1 shortens every figure (fewer rounds); the RSS figure runs 1 million
 * transactions unless BENCH_LONG=1 (the full 10 million) or BENCH_TRANSACTIONS=N; BENCH_PART picks
 * figures (efficiency, stall, ab, rss).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runAB } from '../src/benchmark/ab.js';
import { buildFromConfig, type LoadedConfig } from '../src/benchmark/run.js';
import { pairedRatio } from '../src/benchmark/stats.js';
import { loadWorkload } from '../src/benchmark/workload.js';
import { runValidate } from '../src/commands/validate.js';
import { startThrowawayPostgres, type ThrowawayServer } from '../src/postgres/embedded.js';
import type { Figure } from './validate.js';

const QUICK = process.env.BENCH_QUICK === '1';
// BENCH_PART=efficiency,stall,ab,rss runs some of the figures (all by default).
const part = (name: string) =>
  !process.env.BENCH_PART || process.env.BENCH_PART.split(',').includes(name);
const CLI = 'dist/cli/index.js';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface CliJson {
  tps: number;
  transactions: number;
  transactionLatencyMs: { p99: number; max: number };
}

function pgci(args: string[]): CliJson & { cpuUs: number } {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'cpu %U %S', process.execPath, CLI, 'benchmark', ...args, '--format', 'json'],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  if (r.status !== 0) throw new Error(`pgci benchmark ${args.join(' ')}: ${r.stderr}`);
  const json = JSON.parse(r.stdout) as CliJson & { warmupTransactions?: number };
  // Node's start-up and the connection set-up are in this figure too (a few µs per transaction).
  return { ...json, cpuUs: cpuPerTxUs(r.stderr, json.transactions) };
}

/** Client CPU (user + system) per transaction of a process, from /usr/bin/time's output. */
function cpuPerTxUs(stderr: string, transactions: number): number {
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(stderr);
  return cpu ? ((Number(cpu[1]) + Number(cpu[2])) * 1e6) / transactions : NaN;
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

function pgbenchTps(url: string, seconds: number): { tps: number; cpuUs: number } {
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'cpu %U %S',
      'pgbench',
      '-n',
      '-S',
      '-M',
      'prepared',
      '-c',
      '4',
      '-j',
      '2',
      '-T',
      String(seconds),
      url,
    ],
    { encoding: 'utf8' },
  );
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(r.stdout);
  const n = /actually processed: (\d+)/.exec(r.stdout);
  if (!m || !n) throw new Error(`pgbench failed: ${r.stdout}${r.stderr}`);
  return { tps: Number(m[1]), cpuUs: cpuPerTxUs(r.stderr, Number(n[1])) };
}

async function efficiency(server: ThrowawayServer): Promise<Figure> {
  const name =
    'pgci benchmark builtin:select-only --clients 4 TPS ÷ pgbench -S -M prepared -c 4 -j 2 TPS (interleaved)';
  if (spawnSync('pgbench', ['--version']).status !== 0)
    return { name, measured: 'skipped: pgbench is not installed', target: '≥ 0.6', pass: false };
  const url = server.url;
  pgci(['-d', url, '-w', 'builtin:select-only', '-s', '10', '-T', '1s', '--warmup', '0s']); // create tables
  const seconds = QUICK ? 4 : 8;
  const rounds = QUICK ? 3 : 7;
  const ratios: number[] = [];
  const oursTps: number[] = [];
  const theirsTps: number[] = [];
  const load = loadAverage();
  for (let i = 0; i < rounds; i++) {
    // Alternate who goes first so neither always meets the warmer (or busier) machine.
    const run = () =>
      pgci([
        '-d',
        url,
        '-w',
        'builtin:select-only',
        '-n',
        '4',
        '-T',
        `${seconds}s`,
        '--warmup',
        '1s',
        '--explain',
        '0',
      ]);
    let ours: ReturnType<typeof run>, theirs: ReturnType<typeof pgbenchTps>;
    if (i % 2 === 0) {
      theirs = pgbenchTps(url, seconds);
      ours = run();
    } else {
      ours = run();
      theirs = pgbenchTps(url, seconds);
    }
    ratios.push(ours.tps / theirs.tps);
    oursTps.push(ours.tps);
    theirsTps.push(theirs.tps);
    console.log(
      `efficiency round ${i + 1}: pgci ${ours.tps.toFixed(0)} tps (${ours.cpuUs.toFixed(0)} µs client CPU/tx incl. start-up), pgbench ${theirs.tps.toFixed(0)} tps (${theirs.cpuUs.toFixed(0)} µs/tx) → ${(ours.tps / theirs.tps).toFixed(2)}`,
    );
  }
  // Each round is a pair run back to back: the paired interval on log ratios removes the drift
  // of a shared machine, as the A/B check does.
  const r = pairedRatio(theirsTps, oursTps);
  const m = median(ratios);
  return {
    name,
    measured: `${r.ratio.toFixed(2)} [95% CI ${r.low.toFixed(2)}–${r.high.toFixed(2)}] over ${rounds} rounds (median ${m.toFixed(2)}; load average ${load} → ${loadAverage()})`,
    target: '≥ 0.6',
    pass: r.ratio >= 0.6,
  };
}

async function stallRun(url: string, args: string[], stall = true): Promise<CliJson> {
  const child = spawn(process.execPath, [
    CLI,
    'benchmark',
    '-d',
    url,
    '-w',
    'builtin:select-only',
    '-n',
    '4',
    '-T',
    '10s',
    '--warmup',
    '1s',
    '--explain',
    '0',
    ...args,
    '--format',
    'json',
  ]);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
  // Lock the table for 1 s in the middle of the measured 10 s.
  await new Promise((r) => setTimeout(r, 6000));
  if (!stall) {
    await done;
    return JSON.parse(out) as CliJson;
  }
  const c = new pg.Client(url);
  await c.connect();
  await c.query('BEGIN');
  await c.query('LOCK TABLE pgbench_accounts IN ACCESS EXCLUSIVE MODE');
  await new Promise((r) => setTimeout(r, 1000));
  await c.query('COMMIT');
  await c.end();
  await done;
  return JSON.parse(out) as CliJson;
}

async function honesty(server: ThrowawayServer): Promise<Figure[]> {
  const open = await stallRun(server.url, ['--rate', '2000']);
  const closed = await stallRun(server.url, []);
  // The same closed loop without the stall: on a loaded machine its p99 is itself above 1 ms,
  // and what matters is that the stall adds nothing to it.
  const calm = await stallRun(server.url, [], false);
  console.log(
    `stall: open loop p99 ${open.transactionLatencyMs.p99} ms (max ${open.transactionLatencyMs.max}); closed loop p99 ${closed.transactionLatencyMs.p99} ms (max ${closed.transactionLatencyMs.max}); closed loop without the stall p99 ${calm.transactionLatencyMs.p99} ms; load average ${loadAverage()}`,
  );
  return [
    {
      name: 'open loop --rate 2000, 10 s, 1 s lock stall: p99',
      measured: `${open.transactionLatencyMs.p99.toFixed(0)} ms`,
      target: '≥ 500 ms',
      pass: open.transactionLatencyMs.p99 >= 500,
    },
    {
      name: 'closed loop, same stall: p99 (hides it; max shows it happened)',
      measured: `${closed.transactionLatencyMs.p99.toFixed(2)} ms (max ${closed.transactionLatencyMs.max.toFixed(0)} ms; ${calm.transactionLatencyMs.p99.toFixed(2)} ms without the stall)`,
      target: '< 1 ms',
      pass: closed.transactionLatencyMs.p99 < 1,
    },
  ];
}

async function loaded(path: string): Promise<LoadedConfig> {
  const { result } = await runValidate(path);
  if (!result.config) throw new Error(`${path} is invalid`);
  return { config: result.config, path };
}

async function abFigures(server: ThrowawayServer): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pgci-bench-ab-'));
  const dbs: { drop(): Promise<void> }[] = [];
  try {
    // Head = the example with the hot query's index dropped.
    await cp('examples/music-library/database', join(dir, 'head'), { recursive: true });
    await writeFile(
      join(dir, 'head/migrations/005.do.drop-recently-played-index.sql'),
      'DROP INDEX play_events_listener_played_idx;\n',
    );
    const base = await loaded('examples/music-library/database/pgci.yml');
    const head = await loaded(join(dir, 'head/pgci.yml'));
    const scale = 0.1;
    const sides = [];
    for (const [c, label] of [
      [base, 'base'],
      [base, 'base2'],
      [head, 'head'],
    ] as const) {
      const db = await buildFromConfig(server.url, c, label, scale);
      dbs.push(db);
      const client = new pg.Client(db.url);
      await client.connect();
      const workload = await loadWorkload(
        { kind: 'config', benchmark: c.config.benchmark!, configDir: join(c.path, '..') },
        client,
        { scale },
      );
      await client.end();
      sides.push({ url: db.url, workload });
    }
    const [b, b2, h] = sides as [(typeof sides)[0], (typeof sides)[0], (typeof sides)[0]];
    // 2 clients: on 2 shared cores, more only adds queueing noise to every query's latency.
    const opts = {
      clients: 2,
      rounds: 5,
      roundMs: QUICK ? 400 : 800,
      warmupMs: 100,
      maxPercent: 20,
    };
    const comparisons = QUICK ? 6 : 20;
    let aa = 0;
    for (let i = 0; i < comparisons; i++)
      if ((await runAB({ base: b, head: b2, ...opts })).regressed.length) aa++;
    const drops = QUICK ? 3 : 10;
    let caught = 0;
    const ratios: number[] = [];
    for (let i = 0; i < drops; i++) {
      const r = await runAB({ base: b, head: h, ...opts });
      if (r.regressed.includes('recently-played')) caught++;
      ratios.push(r.queries.find((q) => q.name === 'recently-played')!.ratio);
    }
    console.log(
      `A/A flagged ${aa}/${comparisons}; dropped index caught ${caught}/${drops}, ratios ${ratios.map((x) => x.toFixed(1)).join(', ')}`,
    );
    return [
      {
        name: `A/A on the music-library example: ${comparisons} comparisons (5 rounds each) flagged`,
        measured: `${aa}`,
        target: comparisons === 20 ? '≤ 1' : `≤ 1 (quick run of ${comparisons})`,
        pass: aa <= 1,
      },
      {
        name: 'dropped index on recently-played flagged',
        measured: `${caught}/${drops} (head/base ${median(ratios).toFixed(1)}×)`,
        target: 'every time',
        pass: caught === drops,
      },
    ];
  } finally {
    for (const db of dbs) await db.drop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Peak RSS (VmHWM) of a pgci benchmark process running `transactions` transactions. */
async function rss(server: ThrowawayServer): Promise<Figure> {
  // The full 10 million take about 15–20 minutes here: only with BENCH_LONG=1.
  const transactions = Number(
    process.env.BENCH_TRANSACTIONS ?? (process.env.BENCH_LONG === '1' ? 10_000_000 : 1_000_000),
  );
  const child = spawn(process.execPath, [
    CLI,
    'benchmark',
    '-d',
    server.url,
    '-w',
    'builtin:select-only',
    '-n',
    '8',
    '-t',
    String(transactions),
    '--warmup',
    '0s',
    '--explain',
    '0',
    '-P',
    '60s',
    '--format',
    'json',
  ]);
  let out = '';
  let peakKb = 0;
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const timer = setInterval(() => {
    void readFile(`/proc/${child.pid}/status`, 'utf8')
      .then((s) => {
        const m = /VmHWM:\s+(\d+) kB/.exec(s);
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      })
      .catch(() => undefined);
  }, 500);
  const started = performance.now();
  await new Promise<void>((resolve) => child.on('close', () => resolve()));
  clearInterval(timer);
  const result = JSON.parse(out) as CliJson;
  const mb = peakKb / 1024;
  console.log(
    `rss: ${result.transactions} transactions in ${((performance.now() - started) / 1000).toFixed(0)} s, peak RSS ${mb.toFixed(0)} MB`,
  );
  return {
    name: `pgci benchmark -t ${transactions.toLocaleString('en')}: peak RSS`,
    measured: `${mb.toFixed(0)} MB (${result.transactions.toLocaleString('en')} transactions)`,
    target: transactions === 10_000_000 ? '< 200 MB' : '< 200 MB (10,000,000 with BENCH_LONG=1)',
    pass: mb < 200 && result.transactions === transactions,
  };
}

export async function benchmarkBench(): Promise<Figure[]> {
  const server = await startThrowawayPostgres({ major: 17 });
  try {
    const figures: Figure[] = [];
    if (part('efficiency')) figures.push(await efficiency(server));
    if (part('stall')) figures.push(...(await honesty(server)));
    if (part('ab')) figures.push(...(await abFigures(server)));
    if (part('rss')) figures.push(await rss(server));
    return figures;
  } finally {
    await server.stop();
  }
}
