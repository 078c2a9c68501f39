/**
 * Data comparison, server-side: per table, the row count and an order-independent content hash,
 * the SUM of a 64-bit hash of each row's text (a sum, never XOR: XOR cancels a duplicated row).
 * Rows print with the columns in name order and the session's output settings pinned (see
 * session.ts), so the text depends on the data alone. Tables with an integer key are hashed in
 * key-range buckets in the same scan, so a mismatch is located to a range and then to a key.
 *
 * Hash functions:
 * - fast: hashtextextended(), PostgreSQL's internal 64-bit hash, cheap but not promised stable
 *   across majors;
 * - portable: the first 64 bits of md5(), the same on every version, used automatically when
 *   the two servers' majors differ (the upgrade rehearsal);
 * - strict (on top of either): each table's rows in key order through COPY, sha256 in node,
 *   for when a linear sum is not proof enough.
 */
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { to as copyTo } from 'pg-copy-streams';
import type pg from 'pg';
import { ident, onSide, qualified, type Side } from './session.js';

export type HashKind = 'fast' | 'portable';

export interface TablePlan {
  schema: string;
  name: string;
  /** "schema.name" as reports show it. */
  display: string;
  /** pg_class.reltuples (0 when never analysed): larger tables are hashed first. */
  estimatedRows: number;
  columns: string[];
  /** Primary key columns, in key order; empty without one. */
  key: string[];
  /** Integer single-column key: bucketed by key range. */
  buckets?: { column: string; min: string; max: string; count: number };
  /** For strict mode: ORDER BY clause. */
  order: string;
  notes: string[];
}

export interface Skipped {
  name: string;
  reason: string;
}

export interface DataPlan {
  tables: TablePlan[];
  skipped: Skipped[];
  largeObjects: boolean;
}

export interface SideHash {
  rows: number;
  hash: string;
  /** bucket number → [rows, hash] */
  buckets?: Map<number, [number, string]>;
  strict?: string;
  error?: string;
}

export interface TableResult {
  name: string;
  rows: number;
  restoredRows: number | null;
  equal: boolean;
  firstMismatch: string | null;
  chunks?: number;
  notes?: string[];
}

export interface DataOptions {
  hash: HashKind;
  strict: boolean;
  /** Rows per key-range bucket (default 100 000). */
  chunkRows?: number;
  /** "schema.table" names to leave out. */
  exclude?: string[];
}

const DEFAULT_CHUNK_ROWS = 100_000;

const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;

/** The expression hashing one row's text to a 64-bit integer. */
function rowHash(rowText: string, kind: HashKind): string {
  return kind === 'fast'
    ? `hashtextextended(${rowText}, 0)`
    : `('x' || left(md5(${rowText}), 16))::bit(64)::bigint`;
}

function rowText(columns: string[]): string {
  // ROW() of one column prints as "(v)", of none as "()": both are still stable texts.
  return `ROW(${columns.map(ident).join(', ')})::text`;
}

/** Which tables hold data to compare, and how, read from the source. */
export async function planData(side: Side, options: DataOptions): Promise<DataPlan> {
  const exclude = new Set(options.exclude ?? []);
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  return onSide(side, async (client) => {
    const { rows } = await client.query<{
      schema: string;
      name: string;
      relkind: string;
      populated: boolean;
      ext: boolean;
      est: string;
      columns: string[] | null;
      generated: string[] | null;
      key: string[] | null;
      keytype: string | null;
    }>(`
      SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
        c.relispopulated AS populated, c.reltuples::bigint AS est,
        EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                AND d.objid = c.oid AND d.deptype = 'e') AS ext,
        ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
              AND NOT a.attisdropped ORDER BY a.attname COLLATE "C") AS columns,
        ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
              AND NOT a.attisdropped AND a.attgenerated <> '') AS generated,
        (SELECT ARRAY(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum ORDER BY k.ord)
           FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary) AS key,
        (SELECT format_type(a.atttypid, NULL) FROM pg_index i
           JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
           WHERE i.indrelid = c.oid AND i.indisprimary AND i.indnatts = 1) AS keytype
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm', 'f') AND ${USER_NS}
      ORDER BY 1, 2`);
    const plan: DataPlan = { tables: [], skipped: [], largeObjects: false };
    for (const r of rows) {
      const display = `${r.schema}.${r.name}`;
      if (exclude.has(display)) {
        plan.skipped.push({ name: display, reason: 'excluded by configuration' });
        continue;
      }
      if (r.ext) {
        plan.skipped.push({ name: display, reason: 'belongs to an extension' });
        continue;
      }
      if (r.relkind === 'p') {
        plan.skipped.push({
          name: display,
          reason: 'partitioned table: its rows are compared in its partitions',
        });
        continue;
      }
      if (r.relkind === 'f') {
        plan.skipped.push({
          name: display,
          reason: 'foreign table: its data lives elsewhere and is not dumped',
        });
        continue;
      }
      if (r.relkind === 'm' && !r.populated) {
        plan.skipped.push({ name: display, reason: 'materialized view not populated' });
        continue;
      }
      const columns = r.columns ?? [];
      const key = r.key ?? [];
      const notes: string[] = [];
      if (r.relkind === 'm') notes.push('materialized view: compared as refreshed by the restore');
      if (r.generated?.length)
        notes.push(
          `generated column(s) ${r.generated.join(', ')} recomputed by the restore and compared`,
        );
      if (!key.length) notes.push('no primary key: a mismatch is located by row hash, not key');
      const table: TablePlan = {
        schema: r.schema,
        name: r.name,
        display,
        estimatedRows: Math.max(0, Number(r.est)),
        columns,
        key,
        order: key.length ? key.map(ident).join(', ') : `${rowText(columns)} COLLATE "C"`,
        notes,
      };
      if (key.length === 1 && ['smallint', 'integer', 'bigint'].includes(r.keytype ?? '')) {
        const est = Number(r.est);
        const { rows: mm } = await client.query<{ min: string | null; max: string | null }>(
          `SELECT min(${ident(key[0]!)})::text AS min, max(${ident(key[0]!)})::text AS max FROM ${qualified(r.schema, r.name)}`,
        );
        // Buckets from the row estimate, or from the key span when the table has no statistics.
        const span = mm[0]!.min === null ? 0 : Number(mm[0]!.max) - Number(mm[0]!.min) + 1;
        const count = Math.min(1000, Math.max(1, Math.ceil((est > 0 ? est : span) / chunkRows)));
        if (mm[0]!.min !== null && count > 1)
          table.buckets = { column: key[0]!, min: mm[0]!.min, max: mm[0]!.max!, count };
      }
      plan.tables.push(table);
    }
    const lo = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM pg_largeobject_metadata',
    );
    plan.largeObjects = Number(lo.rows[0]!.n) > 0;
    return plan;
  });
}

function bucketExpr(b: NonNullable<TablePlan['buckets']>): string {
  // float8 width_bucket: the same function on the same inputs on both sides gives the same
  // buckets; keys outside the source's [min, max] fall into 0 or count + 1.
  return `width_bucket(${ident(b.column)}::float8, ${Number(b.min)}::float8, ${Number(b.max) + 1}::float8, ${b.count})`;
}

/** Hashes one table on one side: one scan, by bucket when the plan has buckets. */
export async function hashTable(
  side: Side,
  table: TablePlan,
  options: DataOptions,
  columns: string[] = table.columns,
): Promise<SideHash> {
  const h = rowHash(rowText(columns), options.hash);
  const from = qualified(table.schema, table.name);
  return onSide(side, async (client) => {
    try {
      let result: SideHash;
      if (table.buckets) {
        // The planner has no statistics for the bucket expression and would sort every row to
        // group them; a hash aggregate over a handful of buckets is one pass.
        await client.query('SET enable_sort = off');
        const { rows } = await client
          .query<{ b: number; n: string; h: string | null }>(
            `SELECT ${bucketExpr(table.buckets)} AS b, count(*) AS n, sum(${h})::text AS h FROM ${from} GROUP BY 1`,
          )
          .finally(() => client.query('RESET enable_sort'));
        const buckets = new Map<number, [number, string]>();
        let total = 0n;
        let count = 0;
        for (const r of rows) {
          buckets.set(Number(r.b), [Number(r.n), r.h ?? '0']);
          total += BigInt(r.h ?? '0');
          count += Number(r.n);
        }
        result = { rows: count, hash: total.toString(), buckets };
      } else {
        const { rows } = await client.query<{ n: string; h: string | null }>(
          `SELECT count(*) AS n, COALESCE(sum(${h}), 0)::text AS h FROM ${from}`,
        );
        result = { rows: Number(rows[0]!.n), hash: rows[0]!.h ?? '0' };
      }
      if (options.strict) result.strict = await strictDigest(client, table, columns);
      return result;
    } catch (err) {
      return { rows: 0, hash: '', error: (err as Error).message };
    }
  });
}

/** sha256 of the table's rows in key order, as COPY text, hashed in node as they stream. */
async function strictDigest(
  client: pg.PoolClient,
  table: TablePlan,
  columns: string[],
): Promise<string> {
  const hash = createHash('sha256');
  const cols = columns.map(ident).join(', ');
  const stream = client.query(
    copyTo(
      `COPY (SELECT ${cols || 'NULL'} FROM ${qualified(table.schema, table.name)} ORDER BY ${table.order}) TO STDOUT`,
    ),
  );
  await pipeline(
    stream,
    new Writable({
      write(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        done();
      },
    }),
  );
  return hash.digest('hex');
}

/** Large objects: count and a sum of (oid, content) hashes; owners are in the schema compare. */
export async function hashLargeObjects(side: Side, kind: HashKind): Promise<SideHash> {
  return onSide(side, async (client) => {
    const text = `(m.oid::text || ':' || md5(lo_get(m.oid)))`;
    const { rows } = await client.query<{ n: string; h: string }>(
      `SELECT count(*) AS n, COALESCE(sum(${rowHash(text, kind)}), 0)::text AS h FROM pg_largeobject_metadata m`,
    );
    return { rows: Number(rows[0]!.n), hash: rows[0]!.h };
  });
}

/** Columns of a table on the target side (name order), or undefined when it is missing. */
export async function targetColumns(side: Side, table: TablePlan): Promise<string[] | undefined> {
  return onSide(side, async (client) => {
    const { rows } = await client.query<{ columns: string[] | null }>(
      `SELECT ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
              AND NOT a.attisdropped ORDER BY a.attname COLLATE "C") AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relname = $2`,
      [table.schema, table.name],
    );
    return rows[0]?.columns ?? undefined;
  });
}

function bucketRange(b: NonNullable<TablePlan['buckets']>, bucket: number): string {
  const min = Number(b.min);
  const width = (Number(b.max) + 1 - min) / b.count;
  if (bucket <= 0) return `${b.column} < ${b.min}`;
  if (bucket > b.count) return `${b.column} > ${b.max}`;
  const lo = Math.ceil(min + (bucket - 1) * width);
  const hi = Math.ceil(min + bucket * width) - 1;
  return `${b.column} ${lo}–${hi}`;
}

/** The key-range bucket numbers where the two sides differ, in key order. */
function differingBuckets(a: SideHash, b: SideHash): number[] {
  const all = [...new Set([...(a.buckets?.keys() ?? []), ...(b.buckets?.keys() ?? [])])].sort(
    (x, y) => x - y,
  );
  return all.filter((k) => {
    const x = a.buckets?.get(k);
    const y = b.buckets?.get(k);
    return !x || !y || x[0] !== y[0] || x[1] !== y[1];
  });
}

/** Key text → row hash for the rows of one bucket (or the whole table), from one side. */
async function keyedHashes(
  side: Side,
  table: TablePlan,
  columns: string[],
  kind: HashKind,
  bucket?: number,
): Promise<Map<string, string>> {
  const where =
    table.buckets && bucket !== undefined ? `WHERE ${bucketExpr(table.buckets)} = ${bucket}` : '';
  const keyText = `ROW(${table.key.map(ident).join(', ')})::text`;
  return onSide(side, async (client) => {
    const { rows } = await client.query<{ k: string; h: string }>(
      `SELECT ${keyText} AS k, ${rowHash(rowText(columns), kind)}::text AS h
       FROM ${qualified(table.schema, table.name)} ${where} ORDER BY ${table.order}`,
    );
    return new Map(rows.map((r) => [r.k, r.h]));
  });
}

/** Row hash → count, for a table without a key (the multiset of its rows). */
async function rowHashCounts(side: Side, table: TablePlan, columns: string[], kind: HashKind) {
  return onSide(side, async (client) => {
    const { rows } = await client.query<{ h: string; n: string }>(
      `SELECT ${rowHash(rowText(columns), kind)}::text AS h, count(*) AS n
       FROM ${qualified(table.schema, table.name)} GROUP BY 1`,
    );
    return new Map(rows.map((r) => [r.h, Number(r.n)]));
  });
}

const keyLabel = (table: TablePlan, k: string) =>
  table.key.length === 1
    ? `${table.key[0]}=${k.replace(/^\(|\)$/g, '')}`
    : `(${table.key.join(', ')})=${k}`;

/** Finds the first differing row of a table whose hashes differ: a key, or a row hash. */
export async function locateMismatch(
  source: Side,
  target: Side,
  table: TablePlan,
  columns: string[],
  a: SideHash,
  b: SideHash,
  kind: HashKind,
): Promise<string> {
  let bucket: number | undefined;
  let where = '';
  if (table.buckets) {
    bucket = differingBuckets(a, b)[0];
    if (bucket === undefined)
      return 'the strict (ordered) digests differ: same rows, different order or bytes';
    where = ` in ${bucketRange(table.buckets, bucket)}`;
  }
  if (table.key.length) {
    const [x, y] = await Promise.all([
      keyedHashes(source, table, columns, kind, bucket),
      keyedHashes(target, table, columns, kind, bucket),
    ]);
    for (const [k, h] of x) {
      const other = y.get(k);
      if (other === undefined) return `row ${keyLabel(table, k)} missing in the restore${where}`;
      if (other !== h) return `row ${keyLabel(table, k)} differs${where}`;
    }
    for (const k of y.keys())
      if (!x.has(k)) return `row ${keyLabel(table, k)} only in the restore${where}`;
    return `the strict (ordered) digests differ${where}`;
  }
  const [x, y] = await Promise.all([
    rowHashCounts(source, table, columns, kind),
    rowHashCounts(target, table, columns, kind),
  ]);
  for (const [h, n] of x) {
    const m = y.get(h) ?? 0;
    if (m !== n) return `a row (hash ${h}) appears ${n}× in the source and ${m}× in the restore`;
  }
  for (const [h, m] of y)
    if (!x.has(h)) return `a row (hash ${h}) appears only in the restore (${m}×)`;
  return 'the strict (ordered) digests differ: same rows in another order or bytes';
}

/** One table's verdict from its two side hashes. */
export function sameData(a: SideHash, b: SideHash): boolean {
  return (
    !a.error &&
    !b.error &&
    a.rows === b.rows &&
    a.hash === b.hash &&
    (a.strict === undefined || a.strict === b.strict)
  );
}

export { bucketRange };
