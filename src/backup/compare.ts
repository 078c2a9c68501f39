/**
 * Comparing two databases: the source is read once (data plan, schema, per-table hashes), which
 * backup-verify starts while pg_restore is still running, then the target is read the same way
 * and each table gets its verdict; a differing table is drilled into to name its first
 * differing key. Every table of a side is hashed at once: the side's pool (jobs connections)
 * is the limit, and source and target run side by side.
 */
import {
  hashLargeObjects,
  hashTable,
  locateMismatch,
  planData,
  sameData,
  targetColumns,
  type DataOptions,
  type DataPlan,
  type HashKind,
  type SideHash,
  type Skipped,
  type TableResult,
} from './data-compare.js';
import {
  diffSchemas,
  readSchema,
  type SchemaDifference,
  type SchemaSnapshot,
} from './schema-compare.js';
import type { Side } from './session.js';

export interface SourceState {
  plan: DataPlan;
  schema: SchemaSnapshot;
  hashes: Map<string, SideHash>;
  largeObjects?: SideHash;
  seconds: number;
}

export interface Comparison {
  ok: boolean;
  hash: HashKind;
  strict: boolean;
  tables: TableResult[];
  schemaDifferences: SchemaDifference[];
  skipped: Skipped[];
  largeObjects: { rows: number; restoredRows: number; equal: boolean } | null;
  seconds: { source: number; target: number };
}

export interface CompareOptions {
  /** fast, portable, or auto (portable when the majors differ). */
  hash?: HashKind | 'auto';
  strict?: boolean;
  chunkRows?: number;
  exclude?: string[];
}

export function hashKind(
  option: CompareOptions['hash'],
  sourceMajor: number,
  targetMajor: number,
): HashKind {
  if (option === 'fast' || option === 'portable') return option;
  return sourceMajor === targetMajor ? 'fast' : 'portable';
}

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

/** Reads the source: data plan, schema and every table's hash. */
export async function readSource(source: Side, options: DataOptions): Promise<SourceState> {
  const started = performance.now();
  const plan = await planData(source, options);
  const [schema, hashes, largeObjects] = await Promise.all([
    readSchema(source),
    hashEach(source, plan, options),
    plan.largeObjects ? hashLargeObjects(source, options.hash) : undefined,
  ]);
  return { plan, schema, hashes, largeObjects, seconds: seconds(started) };
}

async function hashEach(
  side: Side,
  plan: DataPlan,
  options: DataOptions,
): Promise<Map<string, SideHash>> {
  const entries = await Promise.all(
    plan.tables.map(async (t) => [t.display, await hashTable(side, t, options)] as const),
  );
  return new Map(entries);
}

/** Reads the target and compares it with the source state. */
export async function compareWith(
  source: Side,
  state: SourceState,
  target: Side,
  options: DataOptions,
  targetLabel = 'restore',
): Promise<Comparison> {
  const started = performance.now();
  const [schema, tables, largeObjects] = await Promise.all([
    readSchema(target),
    Promise.all(
      state.plan.tables.map((t) => compareTable(source, state, target, t, options, targetLabel)),
    ),
    state.plan.largeObjects || (await hasLargeObjects(target))
      ? hashLargeObjects(target, options.hash)
      : undefined,
  ]);
  const schemaDifferences = diffSchemas(state.schema, schema, targetLabel);
  const lo = state.largeObjects ?? (largeObjects ? { rows: 0, hash: '0' } : undefined);
  const loResult =
    lo && largeObjects
      ? {
          rows: lo.rows,
          restoredRows: largeObjects.rows,
          equal: lo.rows === largeObjects.rows && lo.hash === largeObjects.hash,
        }
      : null;
  const ok = !schemaDifferences.length && tables.every((t) => t.equal) && (loResult?.equal ?? true);
  return {
    ok,
    hash: options.hash,
    strict: options.strict,
    tables,
    schemaDifferences,
    skipped: state.plan.skipped,
    largeObjects: loResult,
    seconds: { source: state.seconds, target: seconds(started) },
  };
}

async function hasLargeObjects(side: Side): Promise<boolean> {
  const { rows } = await side.pool.query<{ n: string }>(
    'SELECT count(*) AS n FROM pg_largeobject_metadata',
  );
  return Number(rows[0]!.n) > 0;
}

async function compareTable(
  source: Side,
  state: SourceState,
  target: Side,
  table: DataPlan['tables'][number],
  options: DataOptions,
  targetLabel: string,
): Promise<TableResult> {
  const base = { name: table.display, notes: table.notes.length ? table.notes : undefined };
  let a = state.hashes.get(table.display)!;
  const columns = await targetColumns(target, table);
  if (!columns)
    return {
      ...base,
      rows: a.rows,
      restoredRows: null,
      equal: false,
      firstMismatch: `table missing in the ${targetLabel}`,
    };
  // Compare the columns both sides have; a missing or extra column is a schema difference.
  const common = table.columns.filter((c) => columns.includes(c));
  if (common.length !== table.columns.length || columns.length !== table.columns.length)
    a = await hashTable(source, table, options, common);
  const b = await hashTable(target, table, options, common);
  const chunks = table.buckets ? table.buckets.count : undefined;
  if (a.error || b.error)
    return {
      ...base,
      rows: a.rows,
      restoredRows: b.error ? null : b.rows,
      equal: false,
      firstMismatch: `could not hash: ${a.error ?? b.error}`,
      chunks,
    };
  const equal = sameData(a, b);
  let firstMismatch: string | null = null;
  if (!equal) {
    firstMismatch = await locateMismatch(source, target, table, common, a, b, options.hash).catch(
      (err: Error) => `differs (could not locate: ${err.message})`,
    );
    if (a.rows !== b.rows)
      firstMismatch = `${a.rows} rows in the source, ${b.rows} in the ${targetLabel}; ${firstMismatch}`;
    if (targetLabel !== 'restore')
      firstMismatch = firstMismatch.replace(/the restore/g, `the ${targetLabel}`);
  }
  return { ...base, rows: a.rows, restoredRows: b.rows, equal, firstMismatch, chunks };
}
