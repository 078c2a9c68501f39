/**
 * The benchmark issue's figures, side by side in one run on a throwaway PostgreSQL 17:
 * driver efficiency against pgbench (interleaved), honesty under a lock stall (open vs closed
 * loop), A/A and dropped-index A/B on the music-library example, and RSS over 10 million
 * transactions. BENCH_QUICK=1 shortens every figure (fewer rounds, 1M transactions).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runAB } from '../src/benchmark/ab.js';
import { buildFromConfig, type LoadedConfig } from '../src/benchmark/run.js';
import { loadWorkload } from '../src/benchmark/workload.js';
import { runValidate } from '../src/commands/validate.js';
import { startThrowawayPostgres, type ThrowawayServer } from '../src/postgres/embedded.js';
import type { Figure } from './validate.js';

const QUICK = process.env.BENCH_QUICK === '1';
const CLI = 'dist/cli/index.js';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface CliJson {
  tps: number;
  transactions: number;
  transactionLatencyMs: { p99: number; max: number };
}

function pgci(args: string[]): CliJson {
  const r = spawnSync(process.execPath, [CLI, 'benchmark', ...args, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`pgci benchmark ${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout) as CliJson;
}

function pgbenchTps(url: string, seconds: number): { tps: number; cpuS: number } {
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
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (!m) throw new Error(`pgbench failed: ${r.stdout}${r.stderr}`);
  return { tps: Number(m[1]), cpuS: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN };
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
      ]).tps;
    let ours: number, theirs: number;
    if (i % 2 === 0) {
      theirs = pgbenchTps(url, seconds).tps;
      ours = run();
    } else {
      ours = run();
      theirs = pgbenchTps(url, seconds).tps;
    }
    ratios.push(ours / theirs);
    console.log(
      `efficiency round ${i + 1}: pgci ${ours.toFixed(0)} tps, pgbench ${theirs.toFixed(0)} tps → ${(ours / theirs).toFixed(2)}`,
    );
  }
  const m = median(ratios);
  return {
    name,
    measured: `${m.toFixed(2)} median of ${rounds} [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]`,
    target: '≥ 0.6',
    pass: m >= 0.6,
  };
}

async function stallRun(url: string, args: string[]): Promise<CliJson> {
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
  console.log(
    `stall: open loop p99 ${open.transactionLatencyMs.p99} ms (max ${open.transactionLatencyMs.max}); closed loop p99 ${closed.transactionLatencyMs.p99} ms (max ${closed.transactionLatencyMs.max})`,
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
      measured: `${closed.transactionLatencyMs.p99.toFixed(2)} ms (max ${closed.transactionLatencyMs.max.toFixed(0)} ms)`,
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
  const transactions = Number(process.env.BENCH_TRANSACTIONS ?? (QUICK ? 1_000_000 : 10_000_000));
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
    target: '< 200 MB',
    pass: mb < 200 && result.transactions === transactions,
  };
}

export async function benchmarkBench(): Promise<Figure[]> {
  const server = await startThrowawayPostgres({ major: 17 });
  try {
    const figures: Figure[] = [];
    figures.push(await efficiency(server));
    figures.push(...(await honesty(server)));
    figures.push(...(await abFigures(server)));
    figures.push(await rss(server));
    return figures;
  } finally {
    await server.stop();
  }
}
