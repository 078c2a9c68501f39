/**
 * The A/B statistic. Base and head run in alternating rounds (ABBA order, so neither side is
 * always first); each round gives one median latency per query and side. Adjacent rounds form
 * a pair, and the log of head/base per pair removes drift that hits both (a noisy neighbour, a
 * warming cache). The ratio is exp(mean log ratio) and its 95% confidence interval is the
 * paired Student t interval on the log ratios — documented, deterministic, and with few pairs
 * wider than a bootstrap (which under-covers at n = 5), so an A/A run seldom crosses the bar.
 */

// Two-sided 95% Student t quantiles (0.975) by degrees of freedom.
const T975: Record<number, number> = {
  1: 12.706,
  2: 4.303,
  3: 3.182,
  4: 2.776,
  5: 2.571,
  6: 2.447,
  7: 2.365,
  8: 2.306,
  9: 2.262,
  10: 2.228,
  11: 2.201,
  12: 2.179,
  13: 2.16,
  14: 2.145,
  15: 2.131,
  16: 2.12,
  17: 2.11,
  18: 2.101,
  19: 2.093,
  20: 2.086,
  25: 2.06,
  30: 2.042,
  40: 2.021,
  60: 2.0,
  120: 1.98,
};

export function tQuantile975(df: number): number {
  if (df < 1) return Infinity;
  const keys = Object.keys(T975).map(Number);
  // The next tabulated df at or below: conservative (a wider interval).
  let best = 1;
  for (const k of keys) if (k <= df) best = k;
  return df > 120 ? 1.96 : T975[best]!;
}

export interface RatioInterval {
  ratio: number;
  low: number;
  high: number;
  pairs: number;
}

/** Paired ratio head/base with a 95% CI; inputs are per-round values of equal length. */
export function pairedRatio(base: number[], head: number[]): RatioInterval {
  const n = Math.min(base.length, head.length);
  const logs: number[] = [];
  for (let i = 0; i < n; i++)
    if (base[i]! > 0 && head[i]! > 0) logs.push(Math.log(head[i]! / base[i]!));
  const k = logs.length;
  if (k === 0) return { ratio: NaN, low: NaN, high: NaN, pairs: 0 };
  const mean = logs.reduce((a, b) => a + b, 0) / k;
  if (k === 1) return { ratio: Math.exp(mean), low: 0, high: Infinity, pairs: 1 };
  const variance = logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1);
  const half = tQuantile975(k - 1) * Math.sqrt(variance / k);
  return {
    ratio: Math.exp(mean),
    low: Math.exp(mean - half),
    high: Math.exp(mean + half),
    pairs: k,
  };
}
