/** The benchmark's Report: the JSON the issue names, a markdown table, a mermaid chart, gates. */
import type { Report, Status } from '../report/report.js';
import type { AbResult } from './ab.js';
import type { Explained, StatementStat } from './explain.js';
import type { RunSummary } from './summary.js';

export interface BenchmarkOutcome {
  workload: string;
  run: RunSummary;
  warmupS: number;
  regression?: AbResult;
  explain?: Explained[];
  statStatements?: { rows?: StatementStat[]; note?: string };
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** A mermaid xychart-beta of TPS per second (GitHub renders it in comments). */
export function tpsChart(series: number[]): string {
  if (series.length < 2) return '';
  // At most 60 points: average neighbouring seconds on long runs.
  const step = Math.ceil(series.length / 60);
  const points: number[] = [];
  for (let i = 0; i < series.length; i += step) {
    const chunk = series.slice(i, i + step);
    points.push(Math.round(chunk.reduce((a, b) => a + b, 0) / chunk.length));
  }
  const max = Math.max(...points, 1);
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Transactions per second"',
    `  x-axis "seconds" 1 --> ${points.length * step}`,
    `  y-axis "TPS" 0 --> ${Math.ceil(max * 1.1)}`,
    `  line [${points.join(', ')}]`,
    '```',
  ].join('\n');
}

export function benchmarkReport(o: BenchmarkOutcome): Report {
  const r = o.run;
  const violations = r.queries.filter((q) => q.slo && !q.slo.ok);
  const regressed = o.regression?.regressed ?? [];
  const status: Status =
    r.transactions === 0 || violations.length || regressed.length
      ? 'fail'
      : r.errors
        ? 'warn'
        : 'pass';
  const loop =
    r.mode === 'open'
      ? `open loop at ${r.rate} tx/s (Poisson schedule; latency counted from each transaction's scheduled start, so stalls show)`
      : `closed loop, ${r.clients} clients — **closed loop hides stalls**: a client waits for its reply before sending more, so a server stall adds one slow sample per client; use --rate for latency you can quote`;
  const parts: string[] = [];
  const problems: string[] = [];
  if (r.transactions === 0) problems.push('no transaction completed');
  for (const q of violations)
    problems.push(
      `SLO violated by ${q.name}: ${q.slo!.percentile} ${fmt(q.latencyMs[q.slo!.percentile as 'p95'])} ms > ${q.slo!.ms} ms`,
    );
  for (const name of regressed) {
    const c = o.regression!.queries.find((q) => q.name === name)!;
    problems.push(
      `${name} regressed: head/base ${c.ratio.toFixed(2)} (95% CI ${c.low.toFixed(2)}–${c.high.toFixed(2)}) > ${1 + o.regression!.maxPercent / 100}`,
    );
  }
  const summary = problems.length
    ? problems.join('; ')
    : `${fmt(r.tps)} TPS, ${r.transactions} transactions, p95 ${fmt(r.transactionLatencyMs.p95)} ms, every SLO met${o.regression ? ', no regression' : ''}${r.errors ? `, ${r.errors} errors` : ''}`;

  parts.push(
    `Workload \`${o.workload}\`, ${loop}; ${r.durationS} s measured after ${o.warmupS} s of warm-up (discarded). **${fmt(r.tps)} TPS**, ${r.transactions} transactions, ${r.errors} errors.`,
    '',
    '| query | count | errors | p50 ms | p90 ms | p95 ms | p99 ms | max ms | SLO |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...r.queries.map(
      (q) =>
        `| ${q.name} | ${q.count} | ${q.errors} | ${fmt(q.latencyMs.p50)} | ${fmt(q.latencyMs.p90)} | ${fmt(q.latencyMs.p95)} | ${fmt(q.latencyMs.p99)} | ${fmt(q.latencyMs.max)} | ${q.slo ? `${q.slo.ok ? '✅' : '❌'} ${q.slo.percentile} ≤ ${q.slo.ms} ms` : ''} |`,
    ),
  );
  const chart = tpsChart(r.tpsSeries);
  if (chart) parts.push('', chart);
  if (r.errors) {
    parts.push(
      '',
      '**Errors by SQLSTATE:** ' +
        Object.entries(r.errorsByCode)
          .map(([c, n]) => `\`${c}\` × ${n}`)
          .join(', '),
    );
    for (const e of r.errorSamples) parts.push(`- \`${e.code}\` in ${e.query}: ${e.message}`);
  }
  if (o.regression) {
    const g = o.regression;
    parts.push(
      '',
      `**Regression against the base** (${g.rounds} alternating rounds of ${g.roundS} s per side; fails only when the whole 95% CI of head/base lies above ${1 + g.maxPercent / 100}):`,
      '',
      '| query | head/base | 95% CI | verdict |',
      '| --- | ---: | --- | --- |',
      ...g.queries.map(
        (q) =>
          `| ${q.name} | ${q.ratio.toFixed(2)} | ${q.low.toFixed(2)}–${q.high.toFixed(2)} | ${q.regressed ? '❌ regressed' : q.high < 1 ? '✅ faster' : '✅ within bounds'} |`,
      ),
    );
  }
  if (o.explain?.length) {
    parts.push('');
    for (const e of o.explain)
      parts.push(
        `<details><summary>EXPLAIN (ANALYZE, BUFFERS) ${e.name}</summary>\n\n\`\`\`\n${e.plan}\n\`\`\`\n\n</details>`,
      );
  }
  if (o.statStatements?.rows?.length) {
    parts.push(
      '',
      '<details><summary>pg_stat_statements (top by total time)</summary>\n',
      '| calls | total ms | mean ms | rows | hit | read | query |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...o.statStatements.rows.map(
        (s) =>
          `| ${s.calls} | ${fmt(s.totalMs)} | ${fmt(s.meanMs)} | ${s.rows} | ${s.sharedBlksHit} | ${s.sharedBlksRead} | \`${s.query.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 120)}\` |`,
      ),
      '\n</details>',
    );
  } else if (o.statStatements?.note) parts.push('', `_${o.statStatements.note}._`);

  const data = {
    workload: o.workload,
    mode: r.mode,
    hidesStalls: r.mode === 'closed',
    clients: r.clients,
    rate: r.rate,
    durationS: r.durationS,
    warmupS: o.warmupS,
    tps: r.tps,
    transactions: r.transactions,
    errors: r.errors,
    errorsByCode: r.errorsByCode,
    transactionLatencyMs: r.transactionLatencyMs,
    queries: r.queries.map((q) => ({
      name: q.name,
      count: q.count,
      errors: q.errors,
      latencyMs: q.latencyMs,
      slo: q.slo,
    })),
    tpsSeries: r.tpsSeries,
    slo: { ok: violations.length === 0, violations: violations.map((q) => q.name) },
    ...(o.regression ? { regression: o.regression } : {}),
    ...(o.explain ? { explain: o.explain } : {}),
    ...(o.statStatements ? { statStatements: o.statStatements } : {}),
  };
  return {
    check: 'benchmark',
    title: 'Benchmark',
    status,
    summary,
    details: parts.join('\n'),
    annotations: [],
    data,
  };
}
