/** What a driver run becomes in the report: latency summaries in ms and the SLO verdicts. */
import type { DriverResult, Histogram } from './driver.js';
import type { Workload } from './script.js';

export interface LatencyMs {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface QuerySummary {
  name: string;
  sql: string;
  count: number;
  errors: number;
  latencyMs: LatencyMs;
  slo?: { percentile: string; ms: number; ok: boolean };
}

export interface RunSummary {
  mode: 'closed' | 'open';
  clients: number;
  rate?: number;
  durationS: number;
  tps: number;
  transactions: number;
  errors: number;
  errorsByCode: Record<string, number>;
  errorSamples: DriverResult['errorSamples'];
  warmupTransactions: number;
  transactionLatencyMs: LatencyMs;
  queries: QuerySummary[];
  tpsSeries: number[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function latencyMs(h: Histogram): LatencyMs {
  if (!h.totalCount) return { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const at = (p: number) => round3(h.getValueAtPercentile(p) / 1000);
  return {
    p50: at(50),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    max: round3(h.maxValue / 1000),
    mean: round3(h.mean / 1000),
  };
}

export function summarize(
  result: DriverResult,
  workload: Workload,
  defaultSloMs = 200,
): RunSummary {
  const queries = workload.queries.map((q, i): QuerySummary => {
    const r = result.queries[i]!;
    const latency = latencyMs(r.histogram);
    const slo = q.slo ?? { percentile: 95, ms: defaultSloMs };
    const key = `p${slo.percentile}` as keyof LatencyMs;
    return {
      name: q.name,
      sql: q.sql,
      count: r.count,
      errors: r.errors,
      latencyMs: latency,
      slo: { percentile: key, ms: slo.ms, ok: r.count === 0 || latency[key] <= slo.ms },
    };
  });
  return {
    mode: result.mode,
    clients: result.clients,
    rate: result.rate,
    durationS: round3(result.measuredMs / 1000),
    tps: Math.round((result.transactions / result.measuredMs) * 1000 * 10) / 10,
    transactions: result.transactions,
    errors: result.errors,
    errorsByCode: result.errorsByCode,
    errorSamples: result.errorSamples,
    warmupTransactions: result.warmupTransactions,
    transactionLatencyMs: latencyMs(result.transaction),
    queries,
    tpsSeries: result.tpsSeries,
  };
}
