/**
 * Schema comparison by catalog queries: each side becomes a map of objects ("index
 * public.accounts_pkey") to their properties (definition, owner, grants, …), and the difference
 * says which object is missing, extra, or which property changed from what to what.
 * Objects that belong to an extension are left to the extension's version.
 */
import { onSide, type Side } from './session.js';

export type SchemaObjects = Map<string, Record<string, string | null>>;

export interface SchemaDifference {
  /** "table", "column", "index", "sequence", … */
  kind: string;
  /** The object, e.g. "public.accounts.balance". */
  object: string;
  change: 'missing' | 'extra' | 'changed';
  /** For `changed`: each differing property with both values. */
  properties?: { name: string; source: string | null; target: string | null }[];
  /** One readable line. */
  text: string;
}

const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;

/** Not created by an extension (pg_depend 'e'). */
const notExt = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

/** An ACL as sorted text, so grant order does not matter. */
const acl = (col: string) =>
  `array_to_string(ARRAY(SELECT a::text FROM unnest(${col}) a ORDER BY 1), ',')`;

/** Each query returns (kind, object, props jsonb). */
const QUERIES: string[] = [
  `SELECT 'schema' AS kind, n.nspname AS object,
     jsonb_build_object('owner', pg_get_userbyid(n.nspowner), 'grants', ${acl('n.nspacl')}) AS props
   FROM pg_namespace n WHERE ${USER_NS} AND ${notExt('pg_namespace', 'n.oid')}`,

  `SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'
            WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' END AS kind,
     n.nspname || '.' || c.relname AS object,
     jsonb_build_object(
       'kind', c.relkind::text,
       'persistence', CASE c.relpersistence WHEN 'u' THEN 'unlogged' ELSE 'logged' END,
       'owner', pg_get_userbyid(c.relowner),
       'grants', ${acl('c.relacl')},
       'options', array_to_string(c.reloptions, ','),
       'row level security', c.relrowsecurity::text,
       'partition key', CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
       'partition of', (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i
                          JOIN pg_class pc ON pc.oid = i.inhparent
                          JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                        WHERE i.inhrelid = c.oid AND c.relispartition),
       'partition bound', CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
       'definition', CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END,
       'populated', CASE WHEN c.relkind = 'm' THEN c.relispopulated::text END
     ) AS props
   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${USER_NS} AND ${notExt('pg_class', 'c.oid')}`,

  `SELECT 'column' AS kind, n.nspname || '.' || c.relname || '.' || a.attname AS object,
     jsonb_build_object(
       'position', row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum)::text,
       'type', format_type(a.atttypid, a.atttypmod),
       'not null', a.attnotnull::text,
       'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
       'generated', CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
       'identity', NULLIF(a.attidentity::text, ''),
       'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                         THEN (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END,
       'grants', ${acl('a.attacl')}
     ) AS props
   FROM pg_attribute a
   JOIN pg_class c ON c.oid = a.attrelid
   JOIN pg_namespace n ON n.oid = c.relnamespace
   JOIN pg_type t ON t.oid = a.atttypid
   LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
   WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
     AND ${USER_NS} AND ${notExt('pg_class', 'c.oid')}`,

  `SELECT 'constraint' AS kind, n.nspname || '.' || COALESCE(c.relname, t.typname) || '.' || con.conname AS object,
     jsonb_build_object('definition', pg_get_constraintdef(con.oid),
                        'deferrable', con.condeferrable::text, 'deferred', con.condeferred::text,
                        'validated', con.convalidated::text) AS props
   FROM pg_constraint con
   JOIN pg_namespace n ON n.oid = con.connamespace
   LEFT JOIN pg_class c ON c.oid = con.conrelid
   LEFT JOIN pg_type t ON t.oid = con.contypid
   WHERE ${USER_NS} AND (con.conrelid = 0 OR ${notExt('pg_class', 'con.conrelid')})
     AND (con.conrelid <> 0 OR con.contypid <> 0)`,

  `SELECT 'index' AS kind, n.nspname || '.' || ic.relname AS object,
     jsonb_build_object('definition', pg_get_indexdef(i.indexrelid),
                        'table', tc.relname, 'valid', i.indisvalid::text,
                        'clustered', i.indisclustered::text) AS props
   FROM pg_index i
   JOIN pg_class ic ON ic.oid = i.indexrelid
   JOIN pg_class tc ON tc.oid = i.indrelid
   JOIN pg_namespace n ON n.oid = ic.relnamespace
   WHERE ${USER_NS} AND ${notExt('pg_class', 'tc.oid')}`,

  `SELECT 'sequence' AS kind, s.schemaname || '.' || s.sequencename AS object,
     jsonb_build_object('type', s.data_type::text, 'start', s.start_value::text,
       'minimum', s.min_value::text, 'maximum', s.max_value::text,
       'increment', s.increment_by::text, 'cycle', s.cycle::text, 'cache', s.cache_size::text,
       'value', COALESCE(s.last_value::text, 'not called')) AS props
   FROM pg_sequences s
   JOIN pg_namespace n ON n.nspname = s.schemaname
   JOIN pg_class c ON c.relname = s.sequencename AND c.relnamespace = n.oid
   WHERE ${USER_NS} AND ${notExt('pg_class', 'c.oid')}`,

  `SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END AS kind,
     n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS object,
     jsonb_build_object(
       'definition', CASE WHEN p.prokind IN ('f', 'p') THEN md5(pg_get_functiondef(p.oid)) END,
       'returns', pg_get_function_result(p.oid),
       'owner', pg_get_userbyid(p.proowner), 'grants', ${acl('p.proacl')},
       'security definer', p.prosecdef::text, 'volatility', p.provolatile::text) AS props
   FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE ${USER_NS} AND ${notExt('pg_proc', 'p.oid')}`,

  `SELECT 'trigger' AS kind, n.nspname || '.' || c.relname || '.' || tg.tgname AS object,
     jsonb_build_object('definition', pg_get_triggerdef(tg.oid), 'enabled', tg.tgenabled::text) AS props
   FROM pg_trigger tg
   JOIN pg_class c ON c.oid = tg.tgrelid
   JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE NOT tg.tgisinternal AND ${USER_NS} AND tg.tgparentid = 0`,

  `SELECT 'extension' AS kind, e.extname AS object,
     jsonb_build_object('version', e.extversion, 'schema', n.nspname) AS props
   FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace`,

  `SELECT 'type' AS kind, n.nspname || '.' || t.typname AS object,
     jsonb_build_object(
       'kind', t.typtype::text, 'owner', pg_get_userbyid(t.typowner), 'grants', ${acl('t.typacl')},
       'labels', CASE WHEN t.typtype = 'e' THEN (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) END,
       'base type', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
       'attributes', CASE WHEN t.typtype = 'c' THEN (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END
     ) AS props
   FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE t.typtype IN ('e', 'd', 'c', 'r') AND ${USER_NS} AND ${notExt('pg_type', 't.oid')}
     AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')`,

  `SELECT 'policy' AS kind, pol.schemaname || '.' || pol.tablename || '.' || pol.policyname AS object,
     jsonb_build_object('command', pol.cmd, 'permissive', pol.permissive,
       'roles', array_to_string(pol.roles, ','), 'using', pol.qual, 'check', pol.with_check) AS props
   FROM pg_policies pol`,

  `SELECT 'default privileges' AS kind,
     pg_get_userbyid(d.defaclrole) || COALESCE(' in ' || n.nspname, '') || ' on ' || d.defaclobjtype::text AS object,
     jsonb_build_object('grants', ${acl('d.defaclacl')}) AS props
   FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace`,
];

export interface SchemaSnapshot {
  objects: SchemaObjects;
  /** kind of each object key, for the difference lines. */
  kinds: Map<string, string>;
}

/** Reads every user object's properties from one side's catalogs. */
export async function readSchema(side: Side): Promise<SchemaSnapshot> {
  const objects: SchemaObjects = new Map();
  const kinds = new Map<string, string>();
  await onSide(side, async (client) => {
    for (const sql of QUERIES) {
      const { rows } = await client.query<{
        kind: string;
        object: string;
        props: Record<string, string | null>;
      }>(sql);
      for (const r of rows) {
        const key = `${r.kind} ${r.object}`;
        objects.set(key, r.props);
        kinds.set(key, r.kind);
      }
    }
  });
  return { objects, kinds };
}

const show = (v: string | null | undefined) =>
  v === null || v === undefined || v === ''
    ? '(none)'
    : JSON.stringify(v.length > 160 ? `${v.slice(0, 157)}…` : v);

/** What differs between two schema snapshots, in a stable order. */
export function diffSchemas(
  source: SchemaSnapshot,
  target: SchemaSnapshot,
  targetLabel = 'restore',
): SchemaDifference[] {
  const out: SchemaDifference[] = [];
  const keys = [...new Set([...source.objects.keys(), ...target.objects.keys()])].sort();
  for (const key of keys) {
    const kind = source.kinds.get(key) ?? target.kinds.get(key)!;
    const object = key.slice(kind.length + 1);
    const a = source.objects.get(key);
    const b = target.objects.get(key);
    if (!b) {
      out.push({
        kind,
        object,
        change: 'missing',
        text: `${kind} ${object}: missing in the ${targetLabel}${a?.definition ? ` (source: ${show(a.definition)})` : ''}`,
      });
      continue;
    }
    if (!a) {
      out.push({
        kind,
        object,
        change: 'extra',
        text: `${kind} ${object}: only in the ${targetLabel}`,
      });
      continue;
    }
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const properties = names
      .filter((n) => (a[n] ?? null) !== (b[n] ?? null) && !(isEmpty(a[n]) && isEmpty(b[n])))
      .map((n) => ({ name: n, source: a[n] ?? null, target: b[n] ?? null }));
    if (properties.length)
      out.push({
        kind,
        object,
        change: 'changed',
        properties,
        text: `${kind} ${object}: ${properties.map((p) => `${p.name} ${show(p.source)} in the source, ${show(p.target)} in the ${targetLabel}`).join('; ')}`,
      });
  }
  return out;
}

const isEmpty = (v: string | null | undefined) => v === null || v === undefined || v === '';
