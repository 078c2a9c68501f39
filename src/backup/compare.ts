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

/**
 * The source's reads, started: the plan is known, the schema and each table's hash are on
 * their way (promises), so the target can be hashed at the same time.
 */
export interface SourceState {
  plan: DataPlan;
  schema: Promise<SchemaSnapshot>;
  hashes: Map<string, Promise<SideHash>>;
  largeObjects?: Promise<SideHash>;
  /** Resolves, never rejects, when every source read has ended: their wall time in seconds. */
  done: Promise<number>;
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

/** Largest tables first, so the longest scans start first and the pool stays busy. */
const bySize = (plan: DataPlan) =>
  [...plan.tables].sort((a, b) => b.estimatedRows - a.estimatedRows);

/** Plans the comparison and starts reading the source: schema, every table's hash. */
export async function startSource(source: Side, options: DataOptions): Promise<SourceState> {
  const started = performance.now();
  const plan = await planData(source, options);
  const hashes = new Map<string, Promise<SideHash>>();
  for (const t of bySize(plan)) hashes.set(t.display, hashTable(source, t, options));
  const schema = readSchema(source);
  const largeObjects = plan.largeObjects ? hashLargeObjects(source, options.hash) : undefined;
  // allSettled handles every rejection here; callers await the promises themselves.
  const done = Promise.allSettled([schema, largeObjects, ...hashes.values()]).then(() =>
    seconds(started),
  );
  return { plan, schema, hashes, largeObjects, done };
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
  const [schema, sized, largeObjects] = await Promise.all([
    readSchema(target),
    Promise.all(
      bySize(state.plan).map((t) => compareTable(source, state, target, t, options, targetLabel)),
    ),
    state.plan.largeObjects || (await hasLargeObjects(target))
      ? hashLargeObjects(target, options.hash)
      : undefined,
  ]);
  const tables = sized.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const schemaDifferences = diffSchemas(await state.schema, schema, targetLabel);
  const lo = (await state.largeObjects) ?? (largeObjects ? { rows: 0, hash: '0' } : undefined);
  const sourceSeconds = await state.done;
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
    seconds: { source: sourceSeconds, target: seconds(started) },
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
  const columns = await targetColumns(target, table);
  if (!columns)
    return {
      ...base,
      rows: (await state.hashes.get(table.display)!).rows,
      restoredRows: null,
      equal: false,
      firstMismatch: `table missing in the ${targetLabel}`,
    };
  // Compare the columns both sides have; a missing or extra column is a schema difference.
  const common = table.columns.filter((c) => columns.includes(c));
  const sameColumns =
    common.length === table.columns.length && columns.length === table.columns.length;
  const [a, b] = await Promise.all([
    sameColumns ? state.hashes.get(table.display)! : hashTable(source, table, options, common),
    hashTable(target, table, options, common),
  ]);
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
