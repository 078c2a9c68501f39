/**
 * The SQL-level plan: pgci.yml's databases, roles, memberships, grants, default privileges,
 * extensions, parameters and migrations against what a live server holds (live-state.ts).
 * Every change carries the statements that make it true; apply runs them in `order`.
 */
import pg from 'pg';
import type { GrantConfig, PgciConfig, RoleConfig } from '../config/schema.js';
import { ENV_REFERENCE } from '../config/env-reference.js';
import { display, type Change, type FieldChange, type SafetyOptions } from '../provision/plan.js';
import type { AclEntry, LiveDatabaseObjects, LiveServer } from './live-state.js';
import type { MigrationStatus } from './migrations.js';
import { verifierMatches, scramVerifier } from './scram.js';
import { canonical, humanSetting, settingLiteral } from './setting-values.js';

const id = pg.escapeIdentifier;
const lit = pg.escapeLiteral;

/** Apply order (lower first): objects must exist before what refers to them. */
export const ORDER = {
  roles: 10,
  databases: 20,
  roleAttributes: 30,
  databaseParameters: 40,
  serverParameters: 50,
  extensions: 60,
  defaultPrivileges: 70,
  migrations: 80,
  grants: 90,
  prune: 100,
} as const;

export interface Step {
  order: number;
  /** Database to run in; null for the admin connection's database. */
  database: string | null;
  sql: string;
  /** Holds a password verifier: logged as `[redacted]`. */
  sensitive?: boolean;
  /** The step drops this database (pgci's own connection to it must close first). */
  dropsDatabase?: string;
}

export interface MigrationStep {
  order: number;
  database: string;
  directory: string;
  table: string;
  versions: number[];
  asRole?: string;
}

export interface SqlChange extends Change {
  steps: Step[];
  migration?: MigrationStep;
}

export interface SqlScope {
  /** Create/alter/drop databases over SQL (off when the Cloud SQL API owns them). */
  databases?: boolean;
  /** Roles the API manages (created there): SQL only adjusts their attributes and grants. */
  apiRoles?: ReadonlySet<string>;
  /** Server parameters through ALTER SYSTEM (off on Cloud SQL: they are database flags). */
  serverParameters?: boolean;
  /** Cloud SQL IAM database users (created through the API) and the config role each joins. */
  iamMembers?: ReadonlyMap<string, string>;
}

export interface SqlPlanInput {
  config: PgciConfig;
  live: LiveServer;
  /** Live objects of each configured database that exists (and of prune candidates). */
  objects: Map<string, LiveDatabaseObjects>;
  /** The admin connection's database (never pruned). */
  adminDatabase: string;
  env: Record<string, string | undefined>;
  safety: SafetyOptions;
  scope?: SqlScope;
  /** Role → whether its stored verifier matches the configured password, checked ahead. */
  passwordChecks?: ReadonlyMap<string, boolean>;
  migrations?: {
    status: MigrationStatus | undefined;
    database: string;
    directory: string;
    table: string;
    error?: string;
  };
}

/** Databases pgci never touches. */
export const SYSTEM_DATABASES = new Set(['postgres', 'template0', 'template1', 'cloudsqladmin']);

export function isSystemRole(name: string, live: LiveServer): boolean {
  const role = live.roles.get(name);
  return (
    name.startsWith('pg_') ||
    name.startsWith('cloudsql') ||
    name === 'postgres' ||
    name === live.currentUser ||
    Boolean(role?.superuser)
  );
}

const PRIVILEGES_BY_TARGET: Record<GrantConfig['on'], readonly string[]> = {
  database: ['CREATE', 'CONNECT', 'TEMPORARY'],
  schema: ['USAGE', 'CREATE'],
  tables: ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'],
  sequences: ['USAGE', 'SELECT', 'UPDATE'],
  functions: ['EXECUTE'],
};

/** The password a role's `${ENV}` reference resolves to, or why it does not. */
export function resolvePassword(
  role: RoleConfig,
  env: Record<string, string | undefined>,
): { value?: string; variable?: string; missing?: boolean } {
  if (!role.password) return {};
  const m = ENV_REFERENCE.exec(role.password);
  if (!m) return {}; // a plain-text password is refused by validate-config before we get here
  const value = env[m[1]!];
  return value ? { value, variable: m[1]! } : { variable: m[1]!, missing: true };
}

export function desiredLogin(role: RoleConfig): boolean {
  return role.login ?? Boolean(role.password || role.iam);
}

export function planSql(input: SqlPlanInput): SqlChange[] {
  const { config, live, safety } = input;
  const scope = { databases: true, serverParameters: true, ...input.scope };
  const apiRoles = scope.apiRoles ?? new Set<string>();
  const changes: SqlChange[] = [];
  const roles = config.roles ?? [];
  const databases = config.databases ?? [];

  // Roles: create missing ones, align login, connection limit, password and memberships.
  for (const role of roles) {
    const current = live.roles.get(role.name);
    const login = desiredLogin(role);
    const limit = role.connectionLimit ?? -1;
    const password = resolvePassword(role, input.env);
    const fields: FieldChange[] = [];
    const steps: Step[] = [];
    const notes: string[] = [];
    const resource = `role/${role.name}`;
    if (!current && apiRoles.has(role.name)) {
      // Created by the Cloud SQL API in an earlier phase of the same apply.
      changes.push({
        resource,
        action: 'skip',
        fields: [],
        flags: {},
        note: 'created through the Cloud SQL API',
        steps: [],
      });
      continue;
    }
    if (!current) {
      if (password.missing) {
        changes.push(
          refusedChange(
            resource,
            `set the environment variable ${password.variable} (its password) before creating ${role.name}`,
          ),
        );
        continue;
      }
      fields.push({ field: 'login', old: null, new: String(login) });
      if (limit !== -1) fields.push({ field: 'connectionLimit', old: null, new: String(limit) });
      if (password.value)
        fields.push({ field: 'password', old: null, new: `(from $${password.variable})` });
      let sql = `CREATE ROLE ${id(role.name)} ${login ? 'LOGIN' : 'NOLOGIN'} CONNECTION LIMIT ${limit}`;
      if (password.value) sql += ` PASSWORD ${lit(scramVerifier(password.value))}`;
      steps.push({ order: ORDER.roles, database: null, sql, sensitive: Boolean(password.value) });
      if (role.iam && !scope.iamMembers)
        notes.push(
          'IAM login works on Cloud SQL only; here the role is created without a password',
        );
    } else {
      if (current.superuser) {
        changes.push({
          resource,
          action: 'skip',
          fields: [],
          flags: {},
          note: 'a superuser role: pgci leaves it alone',
          steps: [],
        });
        continue;
      }
      const alter: string[] = [];
      if (current.login !== login) {
        fields.push({ field: 'login', old: String(current.login), new: String(login) });
        alter.push(login ? 'LOGIN' : 'NOLOGIN');
      }
      if (current.connectionLimit !== limit) {
        fields.push({
          field: 'connectionLimit',
          old: String(current.connectionLimit),
          new: String(limit),
        });
        alter.push(`CONNECTION LIMIT ${limit}`);
      }
      if (password.missing) {
        notes.push(`password not checked: $${password.variable} is not set`);
      } else if (password.value) {
        if (current.verifier === undefined) {
          notes.push(
            'password not compared (reading pg_authid needs a superuser); it is set when the role is created',
          );
        } else if (!(
          input.passwordChecks?.get(role.name) ?? verifierMatches(current.verifier, password.value)
        )) {
          fields.push({
            field: 'password',
            old: current.verifier ? '(set)' : null,
            new: `(from $${password.variable})`,
          });
          alter.push(`PASSWORD ${lit(scramVerifier(password.value))}`);
        }
      }
      if (alter.length) {
        steps.push({
          order: ORDER.roleAttributes,
          database: null,
          sql: `ALTER ROLE ${id(role.name)} ${alter.join(' ')}`,
          sensitive: alter.some((a) => a.startsWith('PASSWORD')),
        });
      }
    }
    const iamUser = scope.iamMembers?.get(role.name);
    if (iamUser && live.roles.has(iamUser) && !live.memberships.get(iamUser)?.has(role.name)) {
      // The IAM user logs in; the config role carries the grants it inherits.
      fields.push({ field: 'iam member', old: null, new: iamUser });
      steps.push({
        order: ORDER.roleAttributes,
        database: null,
        sql: `GRANT ${id(role.name)} TO ${id(iamUser)}`,
      });
    }
    const have = live.memberships.get(role.name) ?? new Set<string>();
    const missing = (role.memberOf ?? []).filter((p) => !have.has(p));
    if (missing.length) {
      fields.push({
        field: 'memberOf',
        old: display([...have].filter((p) => (role.memberOf ?? []).includes(p)).sort()) || null,
        new: display(role.memberOf),
      });
      for (const parent of missing) {
        steps.push({
          order: ORDER.roleAttributes,
          database: null,
          sql: `GRANT ${id(parent)} TO ${id(role.name)}`,
        });
      }
    }
    changes.push({
      resource,
      action: !current ? 'create' : steps.length ? 'update' : 'no-op',
      fields,
      flags: {},
      ...(notes.length ? { note: notes.join('; ') } : {}),
      steps,
    });
  }

  // Databases: create, change owner, per-database parameters, extensions.
  for (const db of databases) {
    const current = live.databases.get(db.name);
    const steps: Step[] = [];
    const fields: FieldChange[] = [];
    if (!current && scope.databases) {
      fields.push({ field: 'owner', old: null, new: db.owner ?? live.currentUser });
      steps.push({
        order: ORDER.databases,
        database: null,
        sql: `CREATE DATABASE ${id(db.name)}${db.owner ? ` OWNER ${id(db.owner)}` : ''}`,
      });
    } else if (current && db.owner && current.owner !== db.owner) {
      fields.push({ field: 'owner', old: current.owner, new: db.owner });
      steps.push({
        order: ORDER.databases,
        database: null,
        sql: `ALTER DATABASE ${id(db.name)} OWNER TO ${id(db.owner)}`,
      });
    }
    const currentSettings = live.databaseSettings.get(db.name) ?? new Map<string, string>();
    for (const [name, value] of Object.entries(db.parameters ?? {})) {
      const shape = live.settings.get(name) ?? { vartype: 'string', unit: null };
      const have = currentSettings.get(name);
      if (have !== undefined && canonical(have, shape) === canonical(value, shape)) continue;
      fields.push({ field: `parameters.${name}`, old: have ?? null, new: settingLiteral(value) });
      steps.push({
        order: ORDER.databaseParameters,
        database: null,
        sql: `ALTER DATABASE ${id(db.name)} SET ${id(name)} = ${lit(settingLiteral(value))}`,
      });
    }
    const objects = input.objects.get(db.name);
    const missingExt = (db.extensions ?? []).filter((e) => !objects?.extensions.has(e));
    const unavailable = missingExt.filter((e) => !live.availableExtensions.has(e));
    if (unavailable.length) {
      changes.push(
        refusedChange(
          `database/${db.name}`,
          `extension ${unavailable.join(', ')} is not available on this server (pg_available_extensions)`,
        ),
      );
      continue;
    }
    if (missingExt.length) {
      fields.push({
        field: 'extensions',
        old: display((db.extensions ?? []).filter((e) => objects?.extensions.has(e))) || null,
        new: display(db.extensions),
      });
      for (const e of missingExt) {
        steps.push({
          order: ORDER.extensions,
          database: db.name,
          sql: `CREATE EXTENSION IF NOT EXISTS ${id(e)}`,
        });
      }
    }
    if (!scope.databases && !current) {
      changes.push({
        resource: `database/${db.name}`,
        action: 'skip',
        fields,
        flags: {},
        note: 'created through the Cloud SQL API',
        steps,
      });
      continue;
    }
    changes.push({
      resource: `database/${db.name}`,
      action: !current ? 'create' : steps.length ? 'update' : 'no-op',
      fields,
      flags: {},
      steps,
    });
  }

  changes.push(...planGrants(input));
  changes.push(...planGrantPrune(input));
  if (scope.serverParameters) changes.push(...planServerParameters(input));
  changes.push(...planMigrations(input));
  changes.push(...planPrune(input, safety, scope.databases));
  return changes;
}

function refusedChange(resource: string, note: string, flags: Change['flags'] = {}): SqlChange {
  return { resource, action: 'refused', fields: [], flags, note, steps: [] };
}

/** A database or role the config no longer lists, left in place because prune is off. */
export function keptChange(resource: string): SqlChange {
  return {
    resource,
    action: 'skip',
    fields: [],
    flags: {},
    note: 'not in the config; kept (prune drops it)',
    steps: [],
  };
}

/** Whose newly created objects the default privileges cover: the database owner (migrations run as it). */
export function objectOwner(config: PgciConfig, database: string, live: LiveServer): string {
  return config.databases?.find((d) => d.name === database)?.owner ?? live.currentUser;
}

function held(entries: readonly AclEntry[], grantee: string, object?: string): Set<string> {
  return new Set(
    entries
      .filter((e) => e.grantee === grantee && (object === undefined || e.object === object))
      .map((e) => e.privilege),
  );
}

function planGrants(input: SqlPlanInput): SqlChange[] {
  const { config, live } = input;
  const out: SqlChange[] = [];
  for (const role of config.roles ?? []) {
    for (const grant of role.grants ?? []) {
      const allowed = PRIVILEGES_BY_TARGET[grant.on];
      const privileges = grant.privileges.includes('ALL')
        ? [...allowed]
        : [...new Set(grant.privileges)];
      const schema = grant.schema ?? 'public';
      const resource =
        grant.on === 'database'
          ? `grant/${role.name}/${grant.database}`
          : `grant/${role.name}/${grant.database}/${schema}/${grant.on}`;
      const wrong = privileges.filter((p) => !allowed.includes(p));
      if (wrong.length) {
        out.push(
          refusedChange(
            resource,
            `${wrong.join(', ')} cannot be granted on ${grant.on} (allowed: ${allowed.join(', ')})`,
          ),
        );
        continue;
      }
      const objects = input.objects.get(grant.database);
      const fields: FieldChange[] = [];
      const steps: Step[] = [];
      // Database and schema grants: one object each, the missing privileges granted on it.
      const grantMissing = (have: Set<string>, database: string | null, on: string) => {
        const missing = privileges.filter((p) => !have.has(p));
        if (!missing.length) return;
        fields.push({
          field: 'privileges',
          old: display([...have].sort()) || null,
          new: display(privileges),
        });
        steps.push({
          order: ORDER.grants,
          database,
          sql: `GRANT ${missing.join(', ')} ON ${on} TO ${id(role.name)}`,
        });
      };
      if (grant.on === 'database') {
        grantMissing(
          held(live.databaseAcl, role.name, grant.database),
          null,
          `DATABASE ${id(grant.database)}`,
        );
      } else if (grant.on === 'schema') {
        grantMissing(
          objects ? held(objects.schemaAcl, role.name, schema) : new Set<string>(),
          grant.database,
          `SCHEMA ${id(schema)}`,
        );
      } else {
        const key = `${grant.on}:${schema}`;
        const names = objects?.objects.get(key) ?? [];
        const acl = objects?.objectAcl.get(key) ?? [];
        const lacking = names.filter((n) =>
          privileges.some((p) => !held(acl, role.name, n).has(p)),
        );
        const kind = grant.on.toUpperCase();
        if (lacking.length) {
          fields.push({
            field: `existing ${grant.on} lacking a privilege`,
            old: String(lacking.length),
            new: '0',
          });
          steps.push({
            order: ORDER.grants,
            database: grant.database,
            sql: `GRANT ${privileges.join(', ')} ON ALL ${kind} IN SCHEMA ${id(schema)} TO ${id(role.name)}`,
          });
        }
        const owner = objectOwner(config, grant.database, live);
        const defaults = held(
          objects?.defaultAcl.get(`${owner}:${schema}:${grant.on}`) ?? [],
          role.name,
        );
        const missingDefaults = privileges.filter((p) => !defaults.has(p));
        if (missingDefaults.length) {
          fields.push({
            field: `default privileges on new ${grant.on} of ${owner}`,
            old: display([...defaults].sort()) || null,
            new: display(privileges),
          });
          steps.push({
            // Before migrations when the schema exists, so the objects they create are covered.
            // (every new database has public).
            order: (objects ? objects.schemas.has(schema) : schema === 'public')
              ? ORDER.defaultPrivileges
              : ORDER.grants,
            database: grant.database,
            sql: `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(owner)} IN SCHEMA ${id(schema)} GRANT ${privileges.join(', ')} ON ${kind} TO ${id(role.name)}`,
          });
        }
      }
      out.push({
        resource,
        action: steps.length ? (fields.some((f) => f.old) ? 'update' : 'create') : 'no-op',
        fields,
        flags: {},
        steps,
      });
    }
  }
  return out;
}

const SYSTEM_SCHEMA = /^(pg_catalog|information_schema|pg_toast.*|pg_temp.*)$/;
const KIND_KEYWORD: Record<string, { grant: string; revokeAll: string }> = {
  tables: { grant: 'TABLES', revokeAll: 'TABLES' },
  sequences: { grant: 'SEQUENCES', revokeAll: 'SEQUENCES' },
  // ALL ROUTINES: procedures too, which ALL FUNCTIONS would leave behind.
  functions: { grant: 'FUNCTIONS', revokeAll: 'ROUTINES' },
};

/**
 * Privileges the config's roles hold directly in the config's databases that no grant of the
 * config gives: reported, revoked only under prune (as databases and roles are dropped). The
 * owner's own privileges (grantor = grantee) and other roles' grants are left alone.
 */
function planGrantPrune(input: SqlPlanInput): SqlChange[] {
  const { config, live, safety } = input;
  const managed = new Map(
    (config.roles ?? [])
      .filter((r) => live.roles.has(r.name) && !isSystemRole(r.name, live))
      .map((r) => [r.name, r]),
  );
  // What the config grants: `${role}|${database}|${target}` → privileges.
  const granted = new Map<string, Set<string>>();
  for (const role of managed.values()) {
    for (const g of role.grants ?? []) {
      const target = g.on === 'database' ? 'database' : `${g.schema ?? 'public'}|${g.on}`;
      const key = `${role.name}|${g.database}|${target}`;
      const privileges = g.privileges.includes('ALL') ? PRIVILEGES_BY_TARGET[g.on] : g.privileges;
      if (!granted.has(key)) granted.set(key, new Set());
      for (const priv of privileges) granted.get(key)!.add(priv);
    }
  }
  const extras = new Map<
    string,
    { role: string; database: string; target: string; privileges: Set<string>; owner?: string }
  >();
  const add = (
    role: string,
    database: string,
    target: string,
    privilege: string,
    owner?: string,
  ): void => {
    const key = `${role}|${database}|${target}|${owner ?? ''}`;
    if (!extras.has(key))
      extras.set(key, {
        role,
        database,
        target,
        privileges: new Set(),
        ...(owner ? { owner } : {}),
      });
    extras.get(key)!.privileges.add(privilege);
  };
  // A grant on an object: the owner's own privileges, and what the config grants, stay.
  const note = (role: string, database: string, target: string, e: AclEntry): void => {
    if (!managed.has(role) || e.grantor === e.grantee) return;
    if (granted.get(`${role}|${database}|${target}`)?.has(e.privilege)) return;
    add(role, database, target, e.privilege);
  };
  for (const db of config.databases ?? []) {
    for (const e of live.databaseAcl)
      if (e.object === db.name) note(e.grantee, db.name, 'database', e);
    const objects = input.objects.get(db.name);
    if (!objects) continue;
    for (const e of objects.schemaAcl)
      if (!SYSTEM_SCHEMA.test(e.object)) note(e.grantee, db.name, `${e.object}|schema`, e);
    for (const [key, entries] of objects.objectAcl) {
      const [kind, schema] = key.split(/:(.*)/s) as [string, string];
      for (const e of entries) note(e.grantee, db.name, `${schema}|${kind}`, e);
    }
    const owner = objectOwner(config, db.name, live);
    for (const [key, entries] of objects.defaultAcl) {
      const [defOwner, schema, kind] = key.split(':') as [string, string, string];
      if (!KIND_KEYWORD[kind]) continue;
      for (const e of entries) {
        // Default privileges the config asks for are those of the database's object owner.
        if (
          defOwner === owner &&
          granted.get(`${e.grantee}|${db.name}|${schema}|${kind}`)?.has(e.privilege)
        )
          continue;
        if (!managed.has(e.grantee) || e.grantee === defOwner) continue;
        add(e.grantee, db.name, `default:${schema}|${kind}`, e.privilege, defOwner);
      }
    }
  }
  const out: SqlChange[] = [];
  for (const x of [...extras.values()].sort((a, b) =>
    `${a.role}|${a.database}|${a.target}`.localeCompare(`${b.role}|${b.database}|${b.target}`),
  )) {
    const privileges = [...x.privileges].sort();
    const list = privileges.join(', ');
    let resource: string;
    let sql: string;
    let database: string | null = x.database;
    if (x.target === 'database') {
      resource = `grant/${x.role}/${x.database}`;
      sql = `REVOKE ${list} ON DATABASE ${id(x.database)} FROM ${id(x.role)}`;
      database = null;
    } else if (x.target.startsWith('default:')) {
      const [schema, kind] = x.target.slice('default:'.length).split('|') as [string, string];
      resource = `grant/${x.role}/${x.database}/${schema || '*'}/default ${kind} of ${x.owner}`;
      sql = `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(x.owner!)}${schema ? ` IN SCHEMA ${id(schema)}` : ''} REVOKE ${list} ON ${KIND_KEYWORD[kind]!.grant} FROM ${id(x.role)}`;
    } else {
      const [schema, on] = x.target.split('|') as [string, string];
      resource = `grant/${x.role}/${x.database}/${schema}/${on}`;
      sql =
        on === 'schema'
          ? `REVOKE ${list} ON SCHEMA ${id(schema)} FROM ${id(x.role)}`
          : `REVOKE ${list} ON ALL ${KIND_KEYWORD[on]!.revokeAll} IN SCHEMA ${id(schema)} FROM ${id(x.role)}`;
    }
    const field: FieldChange = { field: 'privileges not in the config', old: list, new: null };
    out.push(
      safety.prune
        ? {
            resource,
            action: 'delete',
            fields: [field],
            flags: {},
            steps: [{ order: ORDER.prune, database, sql }],
          }
        : {
            resource,
            action: 'skip',
            fields: [field],
            flags: {},
            note: 'held but not in the config; kept (prune revokes it)',
            steps: [],
          },
    );
  }
  return out;
}

function planServerParameters(input: SqlPlanInput): SqlChange[] {
  const { config, live, safety } = input;
  const out: SqlChange[] = [];
  let reload = false;
  for (const [name, value] of Object.entries(config.parameters ?? {})) {
    const resource = `parameter/${name}`;
    const s = live.settings.get(name);
    if (!s) {
      out.push({
        resource,
        action: 'skip',
        fields: [],
        flags: {},
        note: 'not a parameter of this server (a Cloud SQL flag, or the setting of an extension that is not loaded)',
        steps: [],
      });
      continue;
    }
    const want = canonical(value, s);
    const effective = s.pending ?? s.setting;
    const restart = s.context === 'postmaster';
    const pendingRestart =
      restart && s.pending !== undefined && canonical(s.pending, s) !== canonical(s.setting, s);
    if (canonical(effective, s) === want) {
      out.push({
        resource,
        action: 'no-op',
        fields: [],
        flags: pendingRestart ? { requiresRestart: true } : {},
        ...(pendingRestart ? { note: 'written; takes effect at the next server restart' } : {}),
        steps: [],
      });
      continue;
    }
    const field: FieldChange = {
      field: 'value',
      old: s.pending ?? humanSetting(s.setting, s),
      new: settingLiteral(value),
    };
    if (s.context === 'internal') {
      out.push({
        resource,
        action: 'skip',
        fields: [field],
        flags: {},
        note: 'fixed when the server was built or initialised',
        steps: [],
      });
    } else if (!s.alterable) {
      out.push({
        resource,
        action: 'skip',
        fields: [field],
        flags: { requiresRestart: restart },
        note: `${live.currentUser} may not ALTER SYSTEM this parameter; set it in the server's configuration`,
        steps: [],
      });
    } else if (restart && !safety.allowRestart) {
      out.push({
        resource,
        action: 'refused',
        fields: [field],
        flags: { requiresRestart: true },
        note: 'takes effect only after a server restart; pass allow-restart to write it (pgci never restarts a server itself)',
        steps: [],
      });
    } else {
      if (!restart) reload = true;
      out.push({
        resource,
        action: 'update',
        fields: [field],
        flags: restart ? { requiresRestart: true } : {},
        ...(restart
          ? { note: 'written with ALTER SYSTEM; takes effect at the next server restart' }
          : {}),
        steps: [
          {
            order: ORDER.serverParameters,
            database: null,
            sql: `ALTER SYSTEM SET ${id(name)} = ${lit(settingLiteral(value))}`,
          },
        ],
      });
    }
  }
  const last = [...out].reverse().find((c) => c.steps.length && !c.flags.requiresRestart);
  if (reload && last)
    last.steps.push({
      order: ORDER.serverParameters,
      database: null,
      sql: 'SELECT pg_reload_conf()',
    });
  return out;
}

function planMigrations(input: SqlPlanInput): SqlChange[] {
  const m = input.migrations;
  if (!m) return [];
  const resource = `migrations/${m.database}`;
  if (m.error) return [refusedChange(resource, m.error)];
  if (!m.status) return [];
  if (m.status.checksumError) return [refusedChange(resource, m.status.checksumError)];
  const owner = input.config.databases?.find((d) => d.name === m.database)?.owner;
  return m.status.pending.map((f, i) => ({
    resource: `migration/${m.database}/${String(f.version).padStart(3, '0')}.${f.name}`,
    action: 'create' as const,
    fields: [{ field: 'version', old: String(m.status!.databaseVersion), new: String(f.version) }],
    flags: {},
    steps: [],
    // One step runs them all, in order, each in its own transaction.
    ...(i === 0
      ? {
          migration: {
            order: ORDER.migrations,
            database: m.database,
            directory: m.directory,
            table: m.table,
            versions: m.status!.pending.map((p) => p.version),
            ...(owner ? { asRole: owner } : {}),
          },
        }
      : {}),
  }));
}

function planPrune(
  input: SqlPlanInput,
  safety: SafetyOptions,
  manageDatabases: boolean,
): SqlChange[] {
  const { config, live } = input;
  const out: SqlChange[] = [];
  const wantedDbs = new Set((config.databases ?? []).map((d) => d.name));
  if (manageDatabases) {
    for (const name of [...live.databases.keys()].sort()) {
      if (wantedDbs.has(name) || SYSTEM_DATABASES.has(name) || name === input.adminDatabase)
        continue;
      const resource = `database/${name}`;
      if (!safety.prune) {
        out.push(keptChange(resource));
        continue;
      }
      const tables = input.objects.get(name)?.tableCount ?? 0;
      if (tables > 0 && !safety.allowDestroy) {
        out.push(
          refusedChange(
            resource,
            `not in the config and holds ${tables} table(s); pass allow-destroy to drop it`,
            { destructive: true },
          ),
        );
        continue;
      }
      out.push({
        resource,
        action: 'delete',
        fields: [{ field: 'tables', old: String(tables), new: null }],
        flags: { destructive: true },
        steps: [
          {
            order: ORDER.prune,
            database: null,
            sql: `DROP DATABASE ${id(name)}`,
            dropsDatabase: name,
          },
        ],
      });
    }
  }
  const wantedRoles = new Set([
    ...(config.roles ?? []).map((r) => r.name),
    ...(input.scope?.iamMembers?.values() ?? []),
  ]);
  for (const name of [...live.roles.keys()].sort()) {
    if (wantedRoles.has(name) || isSystemRole(name, live)) continue;
    const resource = `role/${name}`;
    if (!safety.prune) {
      out.push(keptChange(resource));
      continue;
    }
    out.push({
      resource,
      action: 'delete',
      fields: [],
      flags: { destructive: true },
      steps: [{ order: ORDER.prune, database: null, sql: `DROP ROLE ${id(name)}` }],
    });
  }
  return out;
}
