/**
 * Which workload to run: a pgbench built-in (on pgbench's tables, created when absent), a
 * pgbench script file, or the config's `benchmark` section (named queries with weights and
 * parameter generators, plus pgbench script files).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type pg from 'pg';
import type { BenchmarkConfig } from '../config/schema.js';
import {
  BUILTIN_NAMES,
  BUILTIN_SCRIPTS,
  initPgbenchTables,
  pgbenchScale,
  type BuiltinName,
} from './builtin.js';
import { BenchmarkError } from './driver.js';
import { compileExpr, ExprError, randomInt } from './expr.js';
import {
  parsePgbenchScript,
  ScriptError,
  type Arg,
  type Query,
  type Script,
  type Workload,
} from './script.js';

export type WorkloadSpec =
  | { kind: 'builtin'; name: BuiltinName }
  | { kind: 'file'; path: string }
  | { kind: 'config'; benchmark: BenchmarkConfig; configDir: string };

/** Parses `--workload`: builtin:NAME, config, or a pgbench script file path. */
export function parseWorkloadFlag(
  value: string,
): { kind: 'builtin'; name: BuiltinName } | { kind: 'file'; path: string } | { kind: 'config' } {
  if (value === 'config') return { kind: 'config' };
  if (value.startsWith('builtin:')) {
    const name = value.slice('builtin:'.length);
    if (!(BUILTIN_NAMES as string[]).includes(name))
      throw new BenchmarkError(
        `--workload ${value}: unknown built-in; choose one of ${BUILTIN_NAMES.map((n) => `builtin:${n}`).join(', ')}.`,
      );
    return { kind: 'builtin', name: name as BuiltinName };
  }
  return { kind: 'file', path: value };
}

export interface LoadOptions {
  /** For built-ins: create pgbench's tables at this scale when absent (or re-create). */
  scale?: number;
  onInfo?: (line: string) => void;
}

/** Builds the workload, preparing data it needs (pgbench tables, sampled parameter values). */
export async function loadWorkload(
  spec: WorkloadSpec,
  client: pg.Client,
  options: LoadOptions = {},
): Promise<Workload> {
  try {
    if (spec.kind === 'builtin') return await builtinWorkload(spec.name, client, options);
    if (spec.kind === 'file') {
      const text = await readText(spec.path);
      const queries: Query[] = [];
      const name = spec.path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
      const scale = (await pgbenchScale(client)) ?? 1;
      const script = parsePgbenchScript(name, text, queries, { file: spec.path });
      return { name: spec.path, queries, scripts: [script], vars: { scale } };
    }
    return await configWorkload(spec.benchmark, spec.configDir, client, options.scale);
  } catch (err) {
    if (err instanceof ScriptError || err instanceof ExprError)
      throw new BenchmarkError(err.message);
    throw err;
  }
}

async function builtinWorkload(
  name: BuiltinName,
  client: pg.Client,
  options: LoadOptions,
): Promise<Workload> {
  if (options.scale !== undefined && !Number.isInteger(options.scale))
    throw new BenchmarkError(
      `--scale for pgbench's tables is a whole number, not ${options.scale}.`,
    );
  let scale = await pgbenchScale(client);
  if (scale === undefined || (options.scale !== undefined && options.scale !== scale)) {
    const target = options.scale ?? 1;
    options.onInfo?.(
      `creating pgbench tables at scale ${target} (${(target * 100_000).toLocaleString('en')} accounts)…`,
    );
    await initPgbenchTables(client, target);
    scale = target;
  }
  if (scale < 1)
    throw new BenchmarkError('pgbench_branches is empty: re-create the tables with --scale N.');
  const queries: Query[] = [];
  const script = parsePgbenchScript(name, BUILTIN_SCRIPTS[name], queries);
  return { name: `builtin:${name}`, queries, scripts: [script], vars: { scale } };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new BenchmarkError(
      `cannot read the workload file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`,
    );
  }
}

/** The highest $n a statement uses (outside quotes). */
export function highestParameter(sql: string): number {
  const unquoted = sql.replace(/'(?:[^']|'')*'|"[^"]*"/g, "''");
  let max = 0;
  for (const m of unquoted.matchAll(/\$(\d+)/g)) max = Math.max(max, Number(m[1]));
  return max;
}

async function configWorkload(
  bench: BenchmarkConfig,
  configDir: string,
  client: pg.Client,
  scale?: number,
): Promise<Workload> {
  const queries: Query[] = [];
  const scripts: Script[] = [];
  const defaultSlo = { percentile: 95, ms: bench.sloP95Ms ?? 200 };
  for (const [qi, q] of (bench.queries ?? []).entries()) {
    const where = `benchmark.queries[${qi}] (${q.name})`;
    const params = q.params ?? [];
    const used = highestParameter(q.sql);
    if (used > params.length)
      throw new BenchmarkError(
        `${where}: the SQL uses $${used} but only ${params.length} parameter generator(s) are given; add one under params for each $n.`,
      );
    if (params.length > used)
      throw new BenchmarkError(
        `${where}: ${params.length} params given but the SQL uses ${used ? `only up to $${used}` : 'none'}; remove the extra ones.`,
      );
    const args: Arg[] = [];
    for (const [pi, p] of params.entries())
      args.push(await generator(p, `${where}.params[${pi}]`, client));
    const index = queries.length;
    queries.push({
      name: q.name,
      sql: q.sql,
      slo: q.slo
        ? { percentile: Number((q.slo.percentile ?? 'p95').slice(1)), ms: q.slo.ms }
        : defaultSlo,
    });
    scripts.push({
      name: q.name,
      weight: q.weight ?? 1,
      steps: [{ kind: 'sql', query: index, args }],
    });
  }
  for (const s of bench.scripts ?? []) {
    const path = resolve(configDir, s.file);
    const name = s.name ?? s.file.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
    const first = queries.length;
    scripts.push(
      parsePgbenchScript(name, await readText(path), queries, { file: s.file, weight: s.weight }),
    );
    for (const q of queries.slice(first)) q.slo = defaultSlo;
  }
  if (!scripts.length)
    throw new BenchmarkError(
      'the config has no benchmark.queries or benchmark.scripts; add at least one, or use --workload builtin:select-only.',
    );
  const names = new Set<string>();
  for (const q of queries) {
    if (names.has(q.name))
      throw new BenchmarkError(
        `benchmark: two queries are named "${q.name}"; names must be unique.`,
      );
    names.add(q.name);
  }
  return { name: 'config', queries, scripts, vars: { scale: scale ?? bench.seed?.scale ?? 1 } };
}

type ParamConfig = NonNullable<NonNullable<BenchmarkConfig['queries']>[number]['params']>[number];

async function generator(p: ParamConfig, where: string, client: pg.Client): Promise<Arg> {
  if (p.random) {
    const [lo, hi] = p.random as [number, number];
    if (hi < lo)
      throw new BenchmarkError(
        `${where}: random [${lo}, ${hi}] is an empty range; write [min, max].`,
      );
    return () => String(randomInt(lo, hi));
  }
  if (p.pick) {
    const values = p.pick.map(String);
    return () => values[Math.floor(Math.random() * values.length)]!;
  }
  if (p.sample !== undefined) {
    let rows: unknown[][];
    try {
      rows = (await client.query({ text: p.sample, rowMode: 'array' })).rows as unknown[][];
    } catch (err) {
      const e = err as { message: string; code?: string };
      throw new BenchmarkError(
        `${where}: the sample query failed: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}.`,
      );
    }
    const values = rows
      .map((r) => r[0])
      .filter((v) => v !== null && v !== undefined)
      .map(String);
    if (!values.length)
      throw new BenchmarkError(`${where}: the sample query returned no rows; seed data first.`);
    return () => values[Math.floor(Math.random() * values.length)]!;
  }
  const expr = compileExpr(p.expr!);
  return (vars) => {
    const v = expr(vars);
    return typeof v === 'number' ? String(v) : v ? 'true' : 'false';
  };
}
