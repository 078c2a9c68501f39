/**
 * What a live PostgreSQL server holds of what pgci.yml manages: read-only catalogue queries,
 * cluster-wide on the admin connection, then per managed database. Plan diffs this with the config.
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
  /** Extensions installable on this server (the same in every database). */
  availableExtensions: Set<string>;
}

export async function readServer(
  client: pg.Client,
  roleNames: string[],
  settingNames: string[],
): Promise<LiveServer> {
  const head = await client.query<{ v: string; u: string; s: boolean }>(
    `SELECT current_setting('server_version_num') AS v, current_user AS u,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS s`,
  );
  const major = Math.floor(Number(head.rows[0]!.v) / 10000);
  const currentUser = head.rows[0]!.u;
  const superuser = head.rows[0]!.s;

  const dbs = await client.query<{ datname: string; owner: string }>(
    `SELECT datname, pg_get_userbyid(datdba) AS owner FROM pg_database WHERE NOT datistemplate`,
  );
  const roles = await client.query<{
    rolname: string;
    rolcanlogin: boolean;
    rolconnlimit: number;
    rolsuper: boolean;
  }>(`SELECT rolname, rolcanlogin, rolconnlimit, rolsuper FROM pg_roles`);
  const verifiers = new Map<string, string | null>();
  if (superuser && roleNames.length) {
    const r = await client.query<{ rolname: string; rolpassword: string | null }>(
      `SELECT rolname, rolpassword FROM pg_authid WHERE rolname = ANY($1)`,
      [roleNames],
    );
    for (const row of r.rows) verifiers.set(row.rolname, row.rolpassword);
  }
  const members = await client.query<{ role: string; member: string }>(
    `SELECT r.rolname AS role, m.rolname AS member FROM pg_auth_members am
       JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member`,
  );
  const dbSettings = await client.query<{ datname: string; conf: string }>(
    `SELECT d.datname, unnest(s.setconfig) AS conf FROM pg_db_role_setting s
       JOIN pg_database d ON d.oid = s.setdatabase WHERE s.setrole = 0`,
  );
  const alterable =
    major >= 15
      ? `has_parameter_privilege(name, 'ALTER SYSTEM')`
      : `${superuser ? 'true' : 'false'}`;
  const settings = await client.query<Omit<LiveSetting, 'pending'>>(
    `SELECT name, setting, unit, vartype, context, ${alterable} AS alterable
       FROM pg_settings WHERE name = ANY($1)`,
    [settingNames],
  );
  // pg_file_settings needs superuser or pg_read_all_settings; without it, pending stays unknown.
  const pendingRows = await client
    .query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_file_settings
        WHERE sourcefile LIKE '%postgresql.auto.conf' AND name = ANY($1)
        ORDER BY seqno`,
      [settingNames],
    )
    .catch(() => ({ rows: [] as { name: string; setting: string }[] }));
  const dbAcl = await client.query<AclEntry>(
    `SELECT d.datname AS object, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END AS grantee,
            a.privilege_type AS privilege
       FROM pg_database d, aclexplode(d.datacl) a WHERE NOT d.datistemplate`,
  );

  const avail = await client.query<{ name: string }>(`SELECT name FROM pg_available_extensions`);
  const memberships = new Map<string, Set<string>>();
  for (const m of members.rows) {
    if (!memberships.has(m.member)) memberships.set(m.member, new Set());
    memberships.get(m.member)!.add(m.role);
  }
  const databaseSettings = new Map<string, Map<string, string>>();
  for (const { datname, conf } of dbSettings.rows) {
    const eq = conf.indexOf('=');
    if (!databaseSettings.has(datname)) databaseSettings.set(datname, new Map());
    databaseSettings.get(datname)!.set(conf.slice(0, eq), conf.slice(eq + 1));
  }
  const pendingByName = new Map(pendingRows.rows.map((r) => [r.name, r.setting]));
  return {
    major,
    currentUser,
    superuser,
    databases: new Map(dbs.rows.map((d) => [d.datname, { owner: d.owner }])),
    roles: new Map(
      roles.rows.map((r) => [
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
      settings.rows.map((s) => {
        const p = pendingByName.get(s.name);
        return [s.name, { ...s, ...(p !== undefined ? { pending: p } : {}) }];
      }),
    ),
    databaseAcl: dbAcl.rows,
    availableExtensions: new Set(avail.rows.map((r) => r.name)),
  };
}

const KIND_SQL = {
  tables: { relkinds: `('r','p','v','m','f')`, acldefault: 'r' },
  sequences: { relkinds: `('S')`, acldefault: 's' },
} as const;

export async function readDatabase(client: pg.Client): Promise<LiveDatabaseObjects> {
  const ext = await client.query<{ extname: string }>(`SELECT extname FROM pg_extension`);
  const schemas = await client.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace`);
  const grantee = (col: string) =>
    `CASE WHEN ${col} = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(${col}) END`;
  const schemaAcl = await client.query<AclEntry>(
    `SELECT n.nspname AS object, ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege
       FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a`,
  );
  const objects = new Map<string, string[]>();
  const objectAcl = new Map<string, AclEntry[]>();
  const userSchemas = `n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'`;
  for (const [kind, k] of Object.entries(KIND_SQL)) {
    const r = await client.query<{
      schema: string;
      object: string;
      grantee: string | null;
      privilege: string | null;
    }>(
      `SELECT n.nspname AS schema, c.relname AS object, ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault('${k.acldefault}', c.relowner))) a ON true
        WHERE c.relkind IN ${k.relkinds} AND ${userSchemas}
          AND NOT EXISTS (SELECT 1 FROM pg_depend d
                           WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`,
    );
    collect(kind, r.rows, objects, objectAcl);
  }
  const fns = await client.query<{
    schema: string;
    object: string;
    grantee: string | null;
    privilege: string | null;
  }>(
    `SELECT n.nspname AS schema, p.oid::regprocedure::text AS object, ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       LEFT JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a ON true
      WHERE p.prokind IN ('f','p') AND ${userSchemas}
        AND NOT EXISTS (SELECT 1 FROM pg_depend d
                         WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`,
  );
  collect('functions', fns.rows, objects, objectAcl);
  const defaults = await client.query<{
    owner: string;
    schema: string | null;
    objtype: string;
    grantee: string;
    privilege: string;
  }>(
    `SELECT pg_get_userbyid(d.defaclrole) AS owner, n.nspname AS schema, d.defaclobjtype AS objtype,
            ${grantee('a.grantee')} AS grantee, a.privilege_type AS privilege
       FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace,
            aclexplode(d.defaclacl) a`,
  );
  const kindOf: Record<string, string> = { r: 'tables', S: 'sequences', f: 'functions' };
  const defaultAcl = new Map<string, AclEntry[]>();
  for (const d of defaults.rows) {
    const key = `${d.owner}:${d.schema ?? ''}:${kindOf[d.objtype] ?? d.objtype}`;
    if (!defaultAcl.has(key)) defaultAcl.set(key, []);
    defaultAcl.get(key)!.push({ object: key, grantee: d.grantee, privilege: d.privilege });
  }
  const tables = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r','p') AND ${userSchemas}`,
  );
  return {
    extensions: new Set(ext.rows.map((r) => r.extname)),
    schemas: new Set(schemas.rows.map((r) => r.nspname)),
    schemaAcl: schemaAcl.rows,
    objects,
    objectAcl,
    defaultAcl,
    tableCount: Number(tables.rows[0]!.n),
  };
}

function collect(
  kind: string,
  rows: { schema: string; object: string; grantee: string | null; privilege: string | null }[],
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
      acl.get(key)!.push({ object: r.object, grantee: r.grantee, privilege: r.privilege });
    }
  }
}
