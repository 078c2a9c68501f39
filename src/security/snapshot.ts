/**
 * Everything the scan reads from a live server, in a few set-based catalog queries (one per
 * concern, never one per object), so 10,000 tables cost the same round trips as ten. A query
 * the scanning role may not run is kept as its reason, and the checks that need it are reported
 * as skipped with that reason.
 */
import type pg from 'pg';

/** Rows of one read, or why it could not be read. */
export type Read<T> = { ok: true; rows: T[] } | { ok: false; reason: string };

export interface SettingRow {
  name: string;
  setting: string;
  unit: string | null;
  source: string;
}

export interface RoleRow {
  name: string;
  superuser: boolean;
  createrole: boolean;
  createdb: boolean;
  login: boolean;
  replication: boolean;
  bypassrls: boolean;
  connlimit: number;
  validuntil: string | null;
}

export interface PasswordRow {
  name: string;
  login: boolean;
  kind: 'none' | 'md5' | 'scram' | 'other';
}

export interface ReachRow {
  member: string;
  target: string;
  target_super: boolean;
}

export interface HbaRow {
  line_number: number;
  file_name?: string | null;
  type: string | null;
  database: string[] | null;
  user_name: string[] | null;
  address: string | null;
  netmask: string | null;
  auth_method: string | null;
  error: string | null;
}

export interface SessionRow {
  pid: number;
  usename: string | null;
  client_addr: string | null;
  application_name: string | null;
  ssl: boolean;
}

export interface NamedPrivileges {
  name: string;
  kind: string;
  privileges: string;
}

export interface GrantOptionRow {
  kind: string;
  name: string;
  grantee: string;
  privileges: string;
}

export interface DefaultAclRow {
  owner: string;
  schema: string | null;
  objtype: string;
  privileges: string;
}

export interface SecDefRow {
  signature: string;
  owner: string;
  public_execute: boolean;
  pinned: boolean;
}

export interface OwnedRow {
  role: string;
  objects: number;
  sample: string;
}

export interface RoleSettingRow {
  role: string | null;
  database: string | null;
  config: string[];
}

export interface ExtensionRow {
  name: string;
  version: string;
  default_version: string | null;
}

export interface UserMappingRow {
  server: string;
  role: string;
  options: string[] | null;
}

export interface ServerFacts {
  versionNum: number;
  major: number;
  database: string;
  user: string;
  superuser: boolean;
  readAllSettings: boolean;
  readAllStats: boolean;
  /** A Cloud SQL server: cloudsql.* settings or the cloudsqladmin role exist. */
  cloudsql: boolean;
  settings: Map<string, SettingRow>;
  roles: RoleRow[];
  passwords: Read<PasswordRow>;
  reach: Read<ReachRow>;
  hba: Read<HbaRow>;
  sessions: Read<SessionRow>;
  schemaPublic: Read<NamedPrivileges>;
  objectPublic: Read<NamedPrivileges>;
  defaultAclPublic: Read<DefaultAclRow>;
  grantOptions: Read<GrantOptionRow>;
  secdef: Read<SecDefRow>;
  untrustedLanguages: Read<{ name: string }>;
  ownedByLogin: Read<OwnedRow>;
  rlsOff: Read<{ name: string; policies: number }>;
  roleSettings: Read<RoleSettingRow>;
  extensions: Read<ExtensionRow>;
  userMappings: Read<UserMappingRow>;
}

/** Schemas whose objects are the system's own, not the application's. */
const USER_SCHEMA = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;
/** Objects an extension created are the extension's business (reported as extensions). */
const NOT_EXTENSION = (classid: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${classid}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

export const QUERIES = {
  identity: `SELECT current_setting('server_version_num')::int AS version_num, current_database() AS database,
      current_user AS "user", (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
      pg_has_role(current_user, 'pg_read_all_settings', 'USAGE') AS read_all_settings,
      pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') AS read_all_stats,
      EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cloudsqladmin') AS cloudsql_role`,
  settings: `SELECT name, setting, unit, source FROM pg_settings`,
  roles: `SELECT rolname AS name, rolsuper AS superuser, rolcreaterole AS createrole, rolcreatedb AS createdb,
      rolcanlogin AS login, rolreplication AS replication, rolbypassrls AS bypassrls, rolconnlimit AS connlimit,
      rolvaliduntil::text AS validuntil FROM pg_roles WHERE rolname NOT LIKE 'pg\\_%'`,
  passwords: `SELECT rolname AS name, rolcanlogin AS login, CASE WHEN rolpassword IS NULL THEN 'none'
      WHEN rolpassword LIKE 'md5%' THEN 'md5' WHEN rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'scram' ELSE 'other' END AS kind
      FROM pg_authid WHERE rolname NOT LIKE 'pg\\_%'`,
  // Transitive membership, deduplicated by UNION (cycles end), only towards powerful roles.
  reach: `WITH RECURSIVE reach(member, roleid) AS (
        SELECT member, roleid FROM pg_auth_members
        UNION
        SELECT r.member, m.roleid FROM reach r JOIN pg_auth_members m ON m.member = r.roleid)
      SELECT mr.rolname AS member, tr.rolname AS target, tr.rolsuper AS target_super
      FROM reach JOIN pg_roles mr ON mr.oid = reach.member JOIN pg_roles tr ON tr.oid = reach.roleid
      WHERE (tr.rolsuper OR tr.rolname IN ('pg_write_all_data', 'pg_execute_server_program',
        'pg_read_server_files', 'pg_write_server_files', 'pg_read_all_data', 'cloudsqlsuperuser'))
        AND mr.rolname NOT LIKE 'pg\\_%'`,
  hba: `SELECT to_jsonb(h) AS rule FROM pg_hba_file_rules h`,
  sessions: `SELECT a.pid, a.usename, host(a.client_addr) AS client_addr, a.application_name, s.ssl
      FROM pg_stat_activity a JOIN pg_stat_ssl s ON s.pid = a.pid
      WHERE a.backend_type = 'client backend' AND a.client_addr IS NOT NULL`,
  schemaPublic: `SELECT n.nspname AS name, 'schema' AS kind, string_agg(a.privilege_type, ',' ORDER BY a.privilege_type) AS privileges
      FROM pg_namespace n, aclexplode(n.nspacl) a
      WHERE a.grantee = 0 AND a.privilege_type = 'CREATE' AND ${USER_SCHEMA} GROUP BY n.nspname`,
  objectPublic: `SELECT c.oid::regclass::text AS name, c.relkind::text AS kind,
      string_agg(a.privilege_type, ',' ORDER BY a.privilege_type) AS privileges
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a
      WHERE a.grantee = 0 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${USER_SCHEMA}
        AND ${NOT_EXTENSION('pg_class', 'c.oid')}
      GROUP BY c.oid, c.relkind`,
  // Functions and types are executable/usable by PUBLIC by default; only other grants count.
  defaultAclPublic: `SELECT pg_get_userbyid(d.defaclrole) AS owner, n.nspname AS schema, d.defaclobjtype::text AS objtype,
      string_agg(a.privilege_type, ',' ORDER BY a.privilege_type) AS privileges
      FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace, aclexplode(d.defaclacl) a
      WHERE a.grantee = 0 AND NOT (d.defaclobjtype IN ('f', 'T') AND a.privilege_type IN ('EXECUTE', 'USAGE'))
      GROUP BY 1, 2, 3`,
  grantOptions: `SELECT kind, name, grantee, string_agg(privilege, ',' ORDER BY privilege) AS privileges FROM (
        SELECT 'table' AS kind, c.oid::regclass::text AS name,
          CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END AS grantee, a.privilege_type AS privilege
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a
        WHERE a.is_grantable AND a.grantee <> c.relowner AND ${USER_SCHEMA}
        UNION ALL
        SELECT 'schema', n.nspname, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END, a.privilege_type
        FROM pg_namespace n, aclexplode(n.nspacl) a
        WHERE a.is_grantable AND a.grantee <> n.nspowner AND ${USER_SCHEMA}
        UNION ALL
        SELECT 'function', p.oid::regprocedure::text, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END, a.privilege_type
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace, aclexplode(p.proacl) a
        WHERE a.is_grantable AND a.grantee <> p.proowner AND ${USER_SCHEMA}
      ) g GROUP BY kind, name, grantee`,
  secdef: `SELECT p.oid::regprocedure::text AS signature, pg_get_userbyid(p.proowner) AS owner,
      (p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')) AS public_execute,
      EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\\_path=%') AS pinned
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE p.prosecdef AND ${USER_SCHEMA} AND ${NOT_EXTENSION('pg_proc', 'p.oid')}`,
  untrustedLanguages: `SELECT lanname AS name FROM pg_language WHERE lanispl AND NOT lanpltrusted`,
  ownedByLogin: `SELECT r.rolname AS role, count(*)::int AS objects, min(o.name) AS sample FROM (
        SELECT c.relowner AS owner, c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${USER_SCHEMA}
        UNION ALL
        SELECT p.proowner, p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_SCHEMA}
        UNION ALL
        SELECT n.nspowner, n.nspname FROM pg_namespace n WHERE ${USER_SCHEMA}
      ) o JOIN pg_roles r ON r.oid = o.owner
      WHERE r.rolcanlogin AND NOT r.rolsuper AND r.rolname <> 'cloudsqladmin'
      GROUP BY r.rolname`,
  rlsOff: `SELECT c.oid::regclass::text AS name, count(*)::int AS policies
      FROM pg_class c JOIN pg_policy p ON p.polrelid = c.oid WHERE NOT c.relrowsecurity GROUP BY c.oid`,
  roleSettings: `SELECT r.rolname AS role, d.datname AS database, s.setconfig AS config
      FROM pg_db_role_setting s LEFT JOIN pg_roles r ON r.oid = s.setrole LEFT JOIN pg_database d ON d.oid = s.setdatabase`,
  extensions: `SELECT e.extname AS name, e.extversion AS version, a.default_version
      FROM pg_extension e LEFT JOIN pg_available_extensions a ON a.name = e.extname`,
  userMappings: `SELECT srvname AS server, usename AS role, umoptions AS options FROM pg_user_mappings`,
} as const;

async function read<T>(client: pg.Client, sql: string): Promise<Read<T>> {
  try {
    const { rows } = await client.query(sql);
    return { ok: true, rows: rows as T[] };
  } catch (err) {
    const e = err as { code?: string; message?: string };
    const reason =
      e.code === '42501'
        ? `permission denied for ${String(e.message).replace(/^permission denied for /, '')}`
        : `cannot be read: ${e.message ?? String(err)}`;
    return { ok: false, reason };
  }
}

/** Reads the server's facts with one connection; every query is independent of the others. */
export async function readServerFacts(client: pg.Client): Promise<ServerFacts> {
  const id = (
    await client.query<{
      version_num: number;
      database: string;
      user: string;
      superuser: boolean;
      read_all_settings: boolean;
      read_all_stats: boolean;
      cloudsql_role: boolean;
    }>(QUERIES.identity)
  ).rows[0]!;
  const settingsRead = await read<SettingRow>(client, QUERIES.settings);
  const settings = new Map(settingsRead.ok ? settingsRead.rows.map((s) => [s.name, s]) : []);
  const roles = await read<RoleRow>(client, QUERIES.roles);
  const hbaRaw = await read<{ rule: HbaRow }>(client, QUERIES.hba);
  const facts: ServerFacts = {
    versionNum: id.version_num,
    major: Math.floor(id.version_num / 10000),
    database: id.database,
    user: id.user,
    superuser: id.superuser,
    readAllSettings: id.superuser || id.read_all_settings,
    readAllStats: id.superuser || id.read_all_stats,
    cloudsql: id.cloudsql_role || [...settings.keys()].some((k) => k.startsWith('cloudsql.')),
    settings,
    roles: roles.ok ? roles.rows : [],
    passwords: await read(client, QUERIES.passwords),
    reach: await read(client, QUERIES.reach),
    hba: hbaRaw.ok ? { ok: true, rows: hbaRaw.rows.map((r) => r.rule) } : hbaRaw,
    sessions: await read(client, QUERIES.sessions),
    schemaPublic: await read(client, QUERIES.schemaPublic),
    objectPublic: await read(client, QUERIES.objectPublic),
    defaultAclPublic: await read(client, QUERIES.defaultAclPublic),
    grantOptions: await read(client, QUERIES.grantOptions),
    secdef: await read(client, QUERIES.secdef),
    untrustedLanguages: await read(client, QUERIES.untrustedLanguages),
    ownedByLogin: await read(client, QUERIES.ownedByLogin),
    rlsOff: await read(client, QUERIES.rlsOff),
    roleSettings: await read(client, QUERIES.roleSettings),
    extensions: await read(client, QUERIES.extensions),
    userMappings: await read(client, QUERIES.userMappings),
  };
  return facts;
}
