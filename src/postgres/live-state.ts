/**
 * What a live PostgreSQL server holds of what pgci.yml manages: read-only catalogue queries,
 * cluster-wide on the admin connection (two round trips), then one per managed database (each
 * catalogue read a JSON column of one statement). Plan diffs this with the config.
 */
import type pg from 'pg';

export interface LiveRole {
  name: string;
  login: boolean;
  connectionLimit: number;
  superuser: boolean;
  /** pg_authid.rolpassword when readable (superuser), else undefined. */
  verifier?: string | null;
}

export interface LiveSetting {
  name: string;
  setting: string;
  unit: string | null;
  vartype: string;
  context: string;
  /** Value written by ALTER SYSTEM (postgresql.auto.conf), possibly not yet in effect. */
  pending?: string;
  /** This connection may run ALTER SYSTEM for it. */
  alterable: boolean;
}

/** One privilege held directly by a grantee on one object. */
export interface AclEntry {
  object: string;
  grantee: string;
  privilege: string;
  /** Who granted it: the owner's own privileges have grantee = grantor. */
  grantor?: string;
}

export interface LiveDatabaseObjects {
  extensions: Set<string>;
  schemas: Set<string>;
  /** schema name → ACL entries on the schema. */
  schemaAcl: AclEntry[];
  /** `${kind}:${schema}` → object names, and their ACL entries (kind: tables|sequences|functions). */
  objects: Map<string, string[]>;
  objectAcl: Map<string, AclEntry[]>;
  /** Default privileges: `${owner}:${schema}:${kind}` → entries. */
  defaultAcl: Map<string, AclEntry[]>;
  /** Number of user tables, to protect databases that hold data. */
  tableCount: number;
}

export interface LiveServer {
  major: number;
  currentUser: string;
  superuser: boolean;
  databases: Map<string, { owner: string }>;
  roles: Map<string, LiveRole>;
  /** member → roles it is a member of. */
  memberships: Map<string, Set<string>>;
  /** database → parameter → value (ALTER DATABASE … SET). */
  databaseSettings: Map<string, Map<string, string>>;
  settings: Map<string, LiveSetting>;
  /** database → privileges granted on it. */
  databaseAcl: AclEntry[];
  /**
   * Extensions installable on this server (the same in every database): only those asked
   * about (readAvailableExtensions), since listing them reads every control file on disk.
   */
  availableExtensions: Set<string>;
}

/** `(subquery)` as one JSON array column, so many catalogue reads share one round trip. */
const agg = (sql: string) => `(SELECT coalesce(json_agg(t), '[]'::json) FROM (${sql}) t)`;

export async function readServer(
  client: pg.Client,
  roleNames: string[],
  settingNames: string[],
): Promise<LiveServer> {
  // Two round trips: what this connection may read decides the shape of the second query.
  const head = await client.query<{ v: string; u: string; s: boolean; f: boolean }>(
    `SELECT current_setting('server_version_num') AS v, current_user AS u,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS s,
            has_function_privilege('pg_show_all_file_settings()', 'EXECUTE') AS f`,
  );
  const major = Math.floor(Number(head.rows[0]!.v) / 10000);
  const currentUser = head.rows[0]!.u;
  const superuser = head.rows[0]!.s;
  const alterable =
    major >= 15
      ? `has_parameter_privilege(name, 'ALTER SYSTEM')`
      : `${superuser ? 'true' : 'false'}`;
  type Row = {
    dbs: { datname: string; owner: string }[];
    roles: { rolname: string; rolcanlogin: boolean; rolconnlimit: number; rolsuper: boolean }[];
    verifiers: { rolname: string; rolpassword: string | null }[];
    members: { role: string; member: string }[];
    db_settings: { datname: string; conf: string }[];
    settings: Omit<LiveSetting, 'pending'>[];
    pending: { name: string; setting: string }[];
    db_acl: AclEntry[];
  };
  const none = `SELECT 1 WHERE false`;
  const r = await client.query<Row>(
    `SELECT
      ${agg(`SELECT datname, pg_get_userbyid(datdba) AS owner FROM pg_database WHERE NOT datistemplate`)} AS dbs,
      ${agg(`SELECT rolname, rolcanlogin, rolconnlimit, rolsuper FROM pg_roles`)} AS roles,
      ${agg(
        // pg_authid needs a superuser; then plan can compare passwords without sending them.
        superuser && roleNames.length
          ? `SELECT rolname, rolpassword FROM pg_authid WHERE rolname = ANY($1)`
          : `${none} AND $1::text[] IS NULL`,
      )} AS verifiers,
      ${agg(`SELECT r.rolname AS role, m.rolname AS member FROM pg_auth_members am
               JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member`)} AS members,
      ${agg(`SELECT d.datname, unnest(s.setconfig) AS conf FROM pg_db_role_setting s
               JOIN pg_database d ON d.oid = s.setdatabase WHERE s.setrole = 0`)} AS db_settings,
      ${agg(`SELECT name, setting, unit, vartype, context, ${alterable} AS alterable
               FROM pg_settings WHERE name = ANY($2)`)} AS settings,
      ${agg(
        // pg_file_settings needs superuser or pg_read_all_settings; without it, pending stays unknown.
        head.rows[0]!.f
          ? `SELECT name, setting FROM pg_file_settings
              WHERE sourcefile LIKE '%postgresql.auto.conf' AND name = ANY($2) ORDER BY seqno`
          : none,
      )} AS pending,
      ${agg(`SELECT d.datname AS object, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END AS grantee,
                    a.privilege_type AS privilege, pg_get_userbyid(a.grantor) AS grantor
               FROM pg_database d, aclexplode(d.datacl) a WHERE NOT d.datistemplate`)} AS db_acl`,
    [roleNames, settingNames],
  );
  const row = r.rows[0]!;
  const verifiers = new Map(row.verifiers.map((v) => [v.rolname, v.rolpassword]));
  const memberships = new Map<string, Set<string>>();
  for (const m of row.members) {
    if (!memberships.has(m.member)) memberships.set(m.member, new Set());
    memberships.get(m.member)!.add(m.role);
  }
  const databaseSettings = new Map<string, Map<string, string>>();
  for (const { datname, conf } of row.db_settings) {
    const eq = conf.indexOf('=');
    if (!databaseSettings.has(datname)) databaseSettings.set(datname, new Map());
    databaseSettings.get(datname)!.set(conf.slice(0, eq), conf.slice(eq + 1));
  }
  const pendingByName = new Map(row.pending.map((p) => [p.name, p.setting]));
  return {
    major,
    currentUser,
    superuser,
    databases: new Map(row.dbs.map((d) => [d.datname, { owner: d.owner }])),
    roles: new Map(
      row.roles.map((r) => [
        r.rolname,
        {
          name: r.rolname,
          login: r.rolcanlogin,
          connectionLimit: r.rolconnlimit,
          superuser: r.rolsuper,
          ...(verifiers.has(r.rolname) ? { verifier: verifiers.get(r.rolname) ?? null } : {}),
        },
      ]),
    ),
    memberships,
    databaseSettings,
    settings: new Map(
      row.settings.map((s) => {
        const p = pendingByName.get(s.name);
        return [s.name, { ...s, ...(p !== undefined ? { pending: p } : {}) }];
      }),
    ),
    databaseAcl: row.db_acl,
    // Filled in by readAvailableExtensions when a configured extension is missing somewhere.
    availableExtensions: new Set(),
  };
}

/** Which of `names` the server can install (pg_available_extensions), into live. */
export async function readAvailableExtensions(
  client: pg.Client,
  live: LiveServer,
  names: string[],
): Promise<void> {
  if (!names.length) return;
  const r = await client.query<{ name: string }>(
    `SELECT name FROM pg_available_extensions WHERE name = ANY($1)`,
    [names],
  );
  for (const { name } of r.rows) live.availableExtensions.add(name);
}

const KIND_SQL = {
  tables: { relkinds: `('r','p','v','m','f')`, acldefault: 'r' },
  sequences: { relkinds: `('S')`, acldefault: 's' },
} as const;

type AclRow = {
  schema: string;
  object: string;
  grantee: string | null;
  privilege: string | null;
  grantor: string | null;
};

/** Everything pgci diffs in one database, in one round trip. */
export async function readDatabase(client: pg.Client): Promise<LiveDatabaseObjects> {
  const grantee = (col: string) =>
    `CASE WHEN ${col} = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(${col}) END`;
  const userSchemas = `n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'`;
  const relations = (k: { relkinds: string; acldefault: string }) =>
    agg(`SELECT n.nspname AS schema, c.relname AS object, ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege, pg_get_userbyid(a.grantor) AS grantor
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           LEFT JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault('${k.acldefault}', c.relowner))) a ON true
          WHERE c.relkind IN ${k.relkinds} AND ${userSchemas}
            AND NOT EXISTS (SELECT 1 FROM pg_depend d
                             WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`);
  const r = await client.query<{
    ext: { extname: string }[];
    schemas: { nspname: string }[];
    schema_acl: AclEntry[];
    tables: AclRow[];
    sequences: AclRow[];
    functions: AclRow[];
    defaults: {
      owner: string;
      schema: string | null;
      objtype: string;
      grantee: string;
      privilege: string;
      grantor: string;
    }[];
    table_count: string;
  }>(
    `SELECT
      ${agg(`SELECT extname FROM pg_extension`)} AS ext,
      ${agg(`SELECT nspname FROM pg_namespace`)} AS schemas,
      ${agg(`SELECT n.nspname AS object, ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege, pg_get_userbyid(a.grantor) AS grantor
               FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a`)} AS schema_acl,
      ${relations(KIND_SQL.tables)} AS tables,
      ${relations(KIND_SQL.sequences)} AS sequences,
      ${agg(`SELECT n.nspname AS schema, p.oid::regprocedure::text AS object, ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege, pg_get_userbyid(a.grantor) AS grantor
               FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               LEFT JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a ON true
              WHERE p.prokind IN ('f','p') AND ${userSchemas}
                AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                 WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`)} AS functions,
      ${agg(`SELECT pg_get_userbyid(d.defaclrole) AS owner, n.nspname AS schema, d.defaclobjtype AS objtype,
                    ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege, pg_get_userbyid(a.grantor) AS grantor
               FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace,
                    aclexplode(d.defaclacl) a`)} AS defaults,
      (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r','p') AND ${userSchemas}) AS table_count`,
  );
  const row = r.rows[0]!;
  const objects = new Map<string, string[]>();
  const objectAcl = new Map<string, AclEntry[]>();
  collect('tables', row.tables, objects, objectAcl);
  collect('sequences', row.sequences, objects, objectAcl);
  collect('functions', row.functions, objects, objectAcl);
  const kindOf: Record<string, string> = { r: 'tables', S: 'sequences', f: 'functions' };
  const defaultAcl = new Map<string, AclEntry[]>();
  for (const d of row.defaults) {
    const key = `${d.owner}:${d.schema ?? ''}:${kindOf[d.objtype] ?? d.objtype}`;
    if (!defaultAcl.has(key)) defaultAcl.set(key, []);
    defaultAcl
      .get(key)!
      .push({ object: key, grantee: d.grantee, privilege: d.privilege, grantor: d.grantor });
  }
  return {
    extensions: new Set(row.ext.map((e) => e.extname)),
    schemas: new Set(row.schemas.map((x) => x.nspname)),
    schemaAcl: row.schema_acl,
    objects,
    objectAcl,
    defaultAcl,
    tableCount: Number(row.table_count),
  };
}

function collect(
  kind: string,
  rows: AclRow[],
  objects: Map<string, string[]>,
  acl: Map<string, AclEntry[]>,
): void {
  for (const r of rows) {
    const key = `${kind}:${r.schema}`;
    if (!objects.has(key)) objects.set(key, []);
    const list = objects.get(key)!;
    if (list[list.length - 1] !== r.object && !list.includes(r.object)) list.push(r.object);
    if (r.grantee && r.privilege) {
      if (!acl.has(key)) acl.set(key, []);
      acl.get(key)!.push({
        object: r.object,
        grantee: r.grantee,
        privilege: r.privilege,
        ...(r.grantor ? { grantor: r.grantor } : {}),
      });
    }
  }
}
