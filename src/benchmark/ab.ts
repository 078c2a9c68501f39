/**
 * Regression against the base, measured in the same job on the same server: base and head
 * scratch databases, alternating rounds (ABBA order), one median latency per query per round,
 * and per query the paired ratio head/base with its 95% CI (stats.ts). A query regresses only
 * when the whole interval lies above 1 + maxPercent/100.
 */
import { closeSessions, drive, openSessions } from './driver.js';
import type { Workload } from './script.js';
import { pairedRatio } from './stats.js';

export interface Side {
  url: string;
  workload: Workload;
}

export interface AbOptions {
  base: Side;
  head: Side;
  clients: number;
  rounds: number;
  roundMs: number;
  /**
   * Measure this many transactions per side and round instead of `roundMs`: the same
   * statistical power however fast (or loaded) the machine is.
   */
  roundTransactions?: number;
  warmupMs: number;
  maxPercent: number;
  onRound?: (line: string) => void;
}

export interface QueryComparison {
  name: string;
  ratio: number;
  low: number;
  high: number;
  regressed: boolean;
  baseP50Ms: number[];
  headP50Ms: number[];
}

export interface AbResult {
  rounds: number;
  roundS: number;
  maxPercent: number;
  method: string;
  queries: QueryComparison[];
  regressed: string[];
}

const ms = (us: number) => Math.round(us) / 1000;

export async function runAB(options: AbOptions): Promise<AbResult> {
  const names = options.head.workload.queries
    .map((q) => q.name)
    .filter((n) => options.base.workload.queries.some((q) => q.name === n));
  const samples = {
    base: new Map<string, number[]>(names.map((n) => [n, []])),
    head: new Map<string, number[]>(names.map((n) => [n, []])),
  };
  // Fresh connections every round: a backend process that lands on a busy core would
  // otherwise slow one side in every round, a bias that pairing cannot remove.
  const runSide = async (side: 'base' | 'head', round: number) => {
    const { url, workload } = options[side];
    const sessions = await openSessions(url, workload, options.clients);
    let r;
    try {
      r = await drive(
        options.roundTransactions === undefined
          ? { workload, durationMs: options.roundMs, warmupMs: options.warmupMs }
          : { workload, transactions: options.roundTransactions, warmupMs: options.warmupMs },
        sessions,
      );
    } finally {
      await closeSessions(sessions);
    }
    workload.queries.forEach((q, i) => {
      const h = r.queries[i]!.histogram;
      if (samples[side].has(q.name))
        samples[side].get(q.name)!.push(h.totalCount ? ms(h.getValueAtPercentile(50)) : NaN);
    });
    options.onRound?.(
      `round ${round + 1}/${options.rounds} ${side}: ${Math.round((r.transactions / r.measuredMs) * 1000)} tps`,
    );
  };
  for (let i = 0; i < options.rounds; i++) {
    const order: ('base' | 'head')[] = i % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
    for (const side of order) await runSide(side, i);
  }
  const bar = 1 + options.maxPercent / 100;
  const queries = names.map((name): QueryComparison => {
    const base = samples.base.get(name)!;
    const head = samples.head.get(name)!;
    const ci = pairedRatio(base, head);
    return {
      name,
      ratio: ci.ratio,
      low: ci.low,
      high: ci.high,
      regressed: ci.low > bar,
      baseP50Ms: base,
      headP50Ms: head,
    };
  });
  return {
    rounds: options.rounds,
    roundS: options.roundMs / 1000,
    maxPercent: options.maxPercent,
    method: 'paired t interval on log(head/base) of per-round median latency, rounds in ABBA order',
    queries,
    regressed: queries.filter((q) => q.regressed).map((q) => q.name),
  };
}
