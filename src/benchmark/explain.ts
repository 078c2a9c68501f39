/**
 * Evidence for the slowest queries: EXPLAIN (ANALYZE, BUFFERS) with parameters generated as
 * the workload does (inside a rolled-back transaction, so writes leave no trace), and a
 * pg_stat_statements snapshot when the extension is installed and loaded.
 */
import type pg from 'pg';
import type { Vars } from './expr.js';
import type { Workload } from './script.js';

export interface Explained {
  name: string;
  plan: string;
}

/** Parameters for query `index`, produced by running the \set steps that precede it. */
export function sampleArgs(workload: Workload, index: number): string[] | undefined {
  for (const script of workload.scripts) {
    const vars: Vars = new Map(Object.entries(workload.vars));
    vars.set('client_id', 0);
    for (const step of script.steps) {
      if (step.kind === 'set') vars.set(step.name, step.expr(vars));
      else if (step.kind === 'sql' && step.query === index) return step.args.map((a) => a(vars));
    }
  }
  return undefined;
}

export async function explainQueries(
  client: pg.Client,
  workload: Workload,
  indexes: number[],
): Promise<Explained[]> {
  const out: Explained[] = [];
  for (const i of indexes) {
    const q = workload.queries[i]!;
    if (/^\s*(begin|end|commit|rollback|start|set|reset|vacuum|analyze)\b/i.test(q.sql)) continue;
    const args = sampleArgs(workload, i) ?? [];
    try {
      await client.query('BEGIN');
      const r = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`,
        args,
      );
      out.push({ name: q.name, plan: r.rows.map((row) => row['QUERY PLAN']).join('\n') });
    } catch (err) {
      out.push({ name: q.name, plan: `EXPLAIN failed: ${(err as Error).message}` });
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
    }
  }
  return out;
}

export interface StatementStat {
  query: string;
  calls: number;
  totalMs: number;
  meanMs: number;
  rows: number;
  sharedBlksHit: number;
  sharedBlksRead: number;
}

/** Top statements by total time, or a reason why there is no snapshot. */
export async function statStatements(
  client: pg.Client,
  limit = 10,
): Promise<{ rows?: StatementStat[]; note?: string }> {
  const ext = await client.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'`);
  if (!ext.rowCount) return { note: 'pg_stat_statements is not installed in this database' };
  try {
    const r = await client.query<Record<string, string>>(
      `SELECT query, calls, total_exec_time, mean_exec_time, rows, shared_blks_hit, shared_blks_read
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        ORDER BY total_exec_time DESC LIMIT $1`,
      [limit],
    );
    return {
      rows: r.rows.map((x) => ({
        query: x.query!,
        calls: Number(x.calls),
        totalMs: Math.round(Number(x.total_exec_time) * 1000) / 1000,
        meanMs: Math.round(Number(x.mean_exec_time) * 1000) / 1000,
        rows: Number(x.rows),
        sharedBlksHit: Number(x.shared_blks_hit),
        sharedBlksRead: Number(x.shared_blks_read),
      })),
    };
  } catch (err) {
    return { note: `pg_stat_statements is installed but not readable: ${(err as Error).message}` };
  }
}
