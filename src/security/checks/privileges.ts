/**
 * Privileges: who is (or can become) a superuser, what PUBLIC may do, SECURITY DEFINER functions,
 * row-level security, object ownership and the limits every application role should carry.
 */
import {
  isPlatformRole,
  needServer,
  readSetting,
  rolePath,
  rowsOf,
  type ScanContext,
} from '../context.js';
import type { RoleSettingRow, ServerFacts } from '../snapshot.js';
import type { Emitter } from '../types.js';
import { defineChecks } from './define.js';

export const PRIVILEGES = defineChecks('privileges', {
  'superuser-roles': {
    title: 'A role outside the allowlist is a superuser',
    severity: 'high',
    applies: 'self-hosted',
    rationale:
      'A superuser bypasses every permission check and can run programs on the server; keep it to the one administrative role.',
    remediation:
      'ALTER ROLE admin_bob NOSUPERUSER;\n# or allow it on purpose (pgci.yml): security: { allow: { superusers: [admin_bob] } }',
  },
  'elevated-attributes': {
    title: 'A role holds CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS',
    severity: 'medium',
    applies: 'both',
    rationale:
      'CREATEROLE can grant itself most privileges, REPLICATION reads every row through a replication slot, BYPASSRLS ignores row-level security; give them only to administrative roles.',
    remediation: 'ALTER ROLE app NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS;',
  },
  'membership-superuser': {
    title: 'A role can become a superuser through role membership',
    severity: 'high',
    applies: 'both',
    rationale:
      'Membership (direct or through a chain of roles) in a superuser role lets a role SET ROLE to it. On Cloud SQL, membership in cloudsqlsuperuser outside the allowlist is reported as medium.',
    remediation: 'REVOKE admin FROM app;',
  },
  'membership-predefined': {
    title: 'A role is a member of a powerful predefined role',
    severity: 'high',
    applies: 'both',
    rationale:
      'pg_write_all_data, pg_execute_server_program and pg_read/write_server_files reach all data or the server itself; pg_read_all_data reads every table (medium).',
    remediation: 'REVOKE pg_write_all_data FROM app;',
  },
  'public-schema-create': {
    title: 'Every role may create objects in a schema',
    severity: 'high',
    applies: 'both',
    rationale:
      'CREATE for PUBLIC on a schema lets any role plant functions or tables that shadow others on the search_path (CVE-2018-1058); PostgreSQL 15 revoked it from public by default.',
    remediation: 'REVOKE CREATE ON SCHEMA public FROM PUBLIC;',
  },
  'public-object-grants': {
    title: 'PUBLIC has privileges on a table, view or sequence',
    severity: 'medium',
    applies: 'both',
    rationale:
      'A grant to PUBLIC reaches every present and future role. Write privileges (INSERT, UPDATE, DELETE, TRUNCATE) for PUBLIC are high.',
    remediation: 'REVOKE ALL ON TABLE public.accounts FROM PUBLIC;',
  },
  'default-privileges-public': {
    title: 'Default privileges grant future objects to PUBLIC',
    severity: 'medium',
    applies: 'both',
    rationale:
      'ALTER DEFAULT PRIVILEGES … TO PUBLIC makes every future table or sequence readable (or writable) by every role.',
    remediation:
      'ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA public REVOKE ALL ON TABLES FROM PUBLIC;',
  },
  'grant-option': {
    title: 'A privilege was granted WITH GRANT OPTION',
    severity: 'low',
    applies: 'both',
    rationale:
      'WITH GRANT OPTION lets the grantee pass the privilege on, so access spreads outside your grants.',
    remediation: 'REVOKE GRANT OPTION FOR SELECT ON public.accounts FROM analyst;',
  },
  'security-definer-search-path': {
    title: 'A SECURITY DEFINER function has no pinned search_path',
    severity: 'medium',
    applies: 'both',
    rationale:
      'A SECURITY DEFINER function runs with its owner’s rights; without SET search_path, a caller can put its own objects earlier on the path and have them run with those rights.',
    remediation: 'ALTER FUNCTION public.f(integer) SET search_path = pg_catalog, pg_temp;',
  },
  'security-definer-public': {
    title: 'PUBLIC can execute a SECURITY DEFINER function without a pinned search_path',
    severity: 'high',
    applies: 'both',
    rationale:
      'The same search_path hijack, open to every role because EXECUTE was never revoked from PUBLIC.',
    remediation:
      'ALTER FUNCTION public.f(integer) SET search_path = pg_catalog, pg_temp;\nREVOKE EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC;',
  },
  'untrusted-language': {
    title: 'An untrusted procedural language is installed',
    severity: 'medium',
    applies: 'self-hosted',
    rationale:
      'plpython3u, plperlu and other untrusted languages run code as the server’s OS user; whoever can create functions in them owns the host.',
    remediation: 'DROP EXTENSION plpython3u;',
  },
  'login-role-owns-objects': {
    title: 'An application login role owns database objects',
    severity: 'medium',
    applies: 'both',
    rationale:
      'The owner may ALTER, DROP and re-GRANT its objects; an application that logs in as the owner turns any SQL injection into schema changes. Let a NOLOGIN role own them.',
    remediation: 'REASSIGN OWNED BY app TO app_owner; -- app_owner NOLOGIN',
  },
  'policies-without-rls': {
    title: 'A table has row-level security policies but RLS is off',
    severity: 'high',
    applies: 'both',
    rationale:
      'Policies do nothing until ROW LEVEL SECURITY is enabled on the table: every row is visible although policies say otherwise.',
    remediation: 'ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;',
  },
  'unlimited-connection-limit': {
    title: 'A login role has no connection limit',
    severity: 'low',
    applies: 'both',
    rationale:
      'A runaway or compromised client of one role can take every connection slot and lock everyone else out.',
    remediation: 'ALTER ROLE app CONNECTION LIMIT 50;',
  },
  'statement-timeout-off': {
    title: 'An application role runs without a statement timeout',
    severity: 'low',
    applies: 'both',
    rationale:
      'Without statement_timeout a single runaway query can hold locks and connections indefinitely.',
    remediation: "ALTER ROLE app SET statement_timeout = '30s';",
  },
  'idle-in-transaction-timeout-off': {
    title: 'An application role has no idle-in-transaction timeout',
    severity: 'medium',
    applies: 'both',
    rationale:
      'A session left idle inside a transaction keeps its locks and blocks vacuum until someone kills it.',
    remediation: "ALTER ROLE app SET idle_in_transaction_session_timeout = '60s';",
  },
});

const DANGEROUS: Record<string, 'high' | 'medium'> = {
  pg_write_all_data: 'high',
  pg_execute_server_program: 'high',
  pg_read_server_files: 'high',
  pg_write_server_files: 'high',
  pg_read_all_data: 'medium',
};
const WRITE = /INSERT|UPDATE|DELETE|TRUNCATE/;
const RELKIND: Record<string, string> = {
  r: 'table',
  p: 'table',
  v: 'view',
  m: 'view',
  S: 'sequence',
  f: 'table',
};
const OBJTYPE: Record<string, string> = {
  r: 'tables',
  S: 'sequences',
  f: 'functions',
  T: 'types',
  n: 'schemas',
};

export function checkPrivileges(ctx: ScanContext, emit: Emitter): void {
  const server = needServer(ctx, emit, PRIVILEGES.ids);
  if (!server) return;
  const role = (name: string) => ({ object: `role:${name}`, configPath: rolePath(ctx, name) });

  for (const r of server.roles) {
    if (isPlatformRole(r.name)) continue;
    if (r.superuser && !ctx.allowSuperusers.has(r.name))
      emit.find({
        id: 'superuser-roles',
        ...role(r.name),
        message: `Role ${r.name} is a superuser.`,
      });
    const attrs = [
      r.createrole && 'CREATEROLE',
      r.createdb && 'CREATEDB',
      r.replication && 'REPLICATION',
      r.bypassrls && 'BYPASSRLS',
    ].filter(Boolean);
    if (!r.superuser && attrs.length && !ctx.allowElevated.has(r.name))
      emit.find({
        id: 'elevated-attributes',
        ...role(r.name),
        message: `Role ${r.name} has ${attrs.join(', ')}.`,
      });
  }

  const byName = new Map(server.roles.map((r) => [r.name, r]));
  for (const m of rowsOf(server.reach, emit, ['membership-superuser', 'membership-predefined']) ??
    []) {
    if (isPlatformRole(m.member) || byName.get(m.member)?.superuser) continue;
    if (m.target_super) {
      if (!ctx.allowSuperusers.has(m.member))
        emit.find({
          id: 'membership-superuser',
          ...role(m.member),
          message: `Role ${m.member} is a member of superuser ${m.target} (directly or through other roles).`,
        });
    } else if (m.target === 'cloudsqlsuperuser') {
      if (!ctx.allowElevated.has(m.member) && !ctx.allowSuperusers.has(m.member))
        emit.find({
          id: 'membership-superuser',
          ...role(m.member),
          severity: 'medium',
          message: `Role ${m.member} is a member of cloudsqlsuperuser (directly or through other roles).`,
        });
    } else if (DANGEROUS[m.target]) {
      emit.find({
        id: 'membership-predefined',
        object: `role:${m.member}->${m.target}`,
        configPath: rolePath(ctx, m.member),
        severity: DANGEROUS[m.target],
        message: `Role ${m.member} is a member of ${m.target} (directly or through other roles).`,
      });
    }
  }

  for (const s of rowsOf(server.schemaPublic, emit, ['public-schema-create']) ?? [])
    emit.find({
      id: 'public-schema-create',
      object: `schema:${s.name}`,
      message: `PUBLIC may create objects in schema ${s.name}.`,
    });

  for (const o of rowsOf(server.objectPublic, emit, ['public-object-grants']) ?? []) {
    const kind = RELKIND[o.kind] ?? 'table';
    emit.find({
      id: 'public-object-grants',
      object: `${kind}:${o.name}`,
      severity: WRITE.test(o.privileges) ? 'high' : undefined,
      message: `PUBLIC has ${o.privileges.replace(/,/g, ', ')} on ${kind} ${o.name}.`,
    });
  }

  for (const d of rowsOf(server.defaultAclPublic, emit, ['default-privileges-public']) ?? [])
    emit.find({
      id: 'default-privileges-public',
      object: `default-privileges:${d.owner}/${d.schema ?? '*'}/${OBJTYPE[d.objtype] ?? d.objtype}`,
      message: `Future ${OBJTYPE[d.objtype] ?? d.objtype} created by ${d.owner}${d.schema ? ` in schema ${d.schema}` : ''} get ${d.privileges.replace(/,/g, ', ')} for PUBLIC.`,
    });

  for (const g of rowsOf(server.grantOptions, emit, ['grant-option']) ?? [])
    emit.find({
      id: 'grant-option',
      object: `${g.kind}:${g.name}->${g.grantee}`,
      message: `${g.grantee} holds ${g.privileges.replace(/,/g, ', ')} on ${g.kind} ${g.name} WITH GRANT OPTION.`,
    });

  for (const f of rowsOf(server.secdef, emit, [
    'security-definer-search-path',
    'security-definer-public',
  ]) ?? []) {
    if (f.pinned) continue;
    emit.find({
      id: f.public_execute ? 'security-definer-public' : 'security-definer-search-path',
      object: `function:${f.signature}`,
      message: `SECURITY DEFINER function ${f.signature} (owner ${f.owner}) has no SET search_path${f.public_execute ? ' and PUBLIC can execute it' : ''}.`,
    });
  }

  for (const l of rowsOf(server.untrustedLanguages, emit, ['untrusted-language']) ?? [])
    emit.find({
      id: 'untrusted-language',
      object: `language:${l.name}`,
      message: `Untrusted language ${l.name} is installed in database ${server.database}.`,
    });

  for (const o of rowsOf(server.ownedByLogin, emit, ['login-role-owns-objects']) ?? [])
    emit.find({
      id: 'login-role-owns-objects',
      ...role(o.role),
      message: `Login role ${o.role} owns ${o.objects} object${o.objects === 1 ? '' : 's'} in database ${server.database} (e.g. ${o.sample}).`,
    });

  for (const t of rowsOf(server.rlsOff, emit, ['policies-without-rls']) ?? [])
    emit.find({
      id: 'policies-without-rls',
      object: `table:${t.name}`,
      message: `Table ${t.name} has ${t.policies} polic${t.policies === 1 ? 'y' : 'ies'} but row-level security is disabled.`,
    });

  checkLimits(ctx, server, emit);
}

/** Application roles: login, not superuser, not the platform's. */
export function appRoles(server: ServerFacts) {
  return server.roles.filter((r) => r.login && !r.superuser && !isPlatformRole(r.name));
}

/** A role's effective value of a setting in the scanned database (role+db > role > db > server). */
export function effectiveSetting(
  server: ServerFacts,
  overrides: RoleSettingRow[],
  role: string,
  name: string,
  global: string | undefined,
): string | undefined {
  const pick = (pred: (o: RoleSettingRow) => boolean) => {
    for (const o of overrides.filter(pred))
      for (const c of o.config) {
        const eq = c.indexOf('=');
        if (c.slice(0, eq) === name) return c.slice(eq + 1);
      }
    return undefined;
  };
  return (
    pick((o) => o.role === role && o.database === server.database) ??
    pick((o) => o.role === role && o.database === null) ??
    pick((o) => o.role === null && o.database === server.database) ??
    global
  );
}

const isZero = (v: string | undefined) => v === undefined || /^0+\s*(ms|s|min)?$/i.test(v.trim());

function checkLimits(ctx: ScanContext, server: ServerFacts, emit: Emitter): void {
  const apps = appRoles(server);
  for (const r of apps)
    if (r.connlimit < 0)
      emit.find({
        id: 'unlimited-connection-limit',
        object: `role:${r.name}`,
        configPath: rolePath(ctx, r.name),
        message: `Login role ${r.name} has no CONNECTION LIMIT.`,
      });

  const overrides = rowsOf(server.roleSettings, emit, [
    'statement-timeout-off',
    'idle-in-transaction-timeout-off',
  ]);
  if (!overrides) return;
  for (const [id, name] of [
    ['statement-timeout-off', 'statement_timeout'],
    ['idle-in-transaction-timeout-off', 'idle_in_transaction_session_timeout'],
  ] as const) {
    const global = readSetting(ctx, emit, id, name);
    if (global === undefined) continue;
    for (const r of apps) {
      const v = effectiveSetting(server, overrides, r.name, name, global);
      if (isZero(v))
        emit.find({
          id,
          object: `role:${r.name}`,
          configPath: rolePath(ctx, r.name),
          message: `Role ${r.name} runs with ${name} = 0 in database ${server.database}.`,
        });
    }
  }
}
