/** Roles, databases and grants: names PostgreSQL accepts and references that resolve. */
import type { GrantConfig } from '../schema.js';
import type { RuleContext } from './context.js';

const IDENTIFIER = /^[a-z_][a-z0-9_$]*$/;
const RESERVED_ROLES = new Set([
  'postgres',
  'public',
  'none',
  'current_user',
  'session_user',
  'current_role',
]);
const RESERVED_DATABASES = new Set(['postgres', 'template0', 'template1', 'cloudsqladmin']);

/** Which privileges PostgreSQL accepts for each kind of object. */
const VALID_PRIVILEGES: Record<GrantConfig['on'], readonly string[]> = {
  database: ['ALL', 'CREATE', 'CONNECT', 'TEMPORARY'],
  schema: ['ALL', 'USAGE', 'CREATE'],
  tables: ['ALL', 'SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'],
  sequences: ['ALL', 'USAGE', 'SELECT', 'UPDATE'],
  functions: ['ALL', 'EXECUTE'],
};

export function checkIdentity(ctx: RuleContext): void {
  const databases = ctx.config.databases ?? [];
  const roles = ctx.config.roles ?? [];
  const roleNames = new Set(roles.map((r) => r.name));
  const databaseNames = new Set(databases.map((d) => d.name));

  checkNames(
    ctx,
    'database',
    databases.map((d) => d.name),
    ['databases'],
  );
  checkNames(
    ctx,
    'role',
    roles.map((r) => r.name),
    ['roles'],
  );

  databases.forEach((db, i) => {
    if (db.owner !== undefined && !roleNames.has(db.owner)) {
      ctx.report(
        'identity-unknown-role',
        ['databases', i, 'owner'],
        `Database ${db.name} is owned by \`${db.owner}\`, which is not declared under \`roles\`. Declare it, or fix the name.`,
        'value',
      );
    }
  });

  roles.forEach((role, i) => {
    (role.memberOf ?? []).forEach((parent, j) => {
      if (!roleNames.has(parent) && !parent.startsWith('pg_') && parent !== 'cloudsqlsuperuser') {
        ctx.report(
          'identity-unknown-role',
          ['roles', i, 'memberOf', j],
          `Role ${role.name} is a member of \`${parent}\`, which is not declared under \`roles\` and is not a built-in pg_* role.`,
          'value',
        );
      }
    });
    if (role.login && role.password === undefined && role.iam === undefined) {
      ctx.report(
        'identity-login-without-credential',
        ['roles', i],
        `Login role ${role.name} has neither \`password: \${ENV_VAR}\` nor \`iam:\`; it could log in only where pg_hba trusts it. Give it one.`,
      );
    }
    if (role.iam !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(role.iam)) {
      ctx.report(
        'identity-iam-principal',
        ['roles', i, 'iam'],
        `\`iam\` must be an IAM user or service account email (e.g. app@my-project.iam.gserviceaccount.com).`,
        'value',
      );
    }
    (role.grants ?? []).forEach((grant, j) =>
      checkGrant(ctx, grant, ['roles', i, 'grants', j], databaseNames),
    );
  });

  checkCycles(ctx);
}

function checkNames(
  ctx: RuleContext,
  kind: 'role' | 'database',
  names: string[],
  base: string[],
): void {
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    const path = [...base, i, 'name'];
    if (Buffer.byteLength(name) > 63 || !IDENTIFIER.test(name)) {
      ctx.report(
        'identity-invalid-name',
        path,
        `${kind === 'role' ? 'Role' : 'Database'} name \`${name}\` ${Buffer.byteLength(name) > 63 ? 'is longer than 63 bytes' : 'needs quoting in SQL'}; use lower-case letters, digits and _, starting with a letter or _.`,
        'value',
      );
    }
    const reserved =
      kind === 'role'
        ? RESERVED_ROLES.has(name) || name.startsWith('pg_') || name.startsWith('cloudsql')
        : RESERVED_DATABASES.has(name);
    if (reserved) {
      ctx.report(
        'identity-reserved-name',
        path,
        `\`${name}\` is reserved by PostgreSQL or Cloud SQL; choose another ${kind} name.`,
        'value',
      );
    }
    const first = seen.get(name);
    if (first !== undefined) {
      ctx.report(
        'identity-duplicate',
        path,
        `${kind === 'role' ? 'Role' : 'Database'} \`${name}\` is declared twice (first at ${base[0]}[${first}]); merge the entries.`,
        'value',
      );
    } else {
      seen.set(name, i);
    }
  });
}

function checkGrant(
  ctx: RuleContext,
  grant: GrantConfig,
  path: (string | number)[],
  databases: Set<string>,
): void {
  if (!databases.has(grant.database)) {
    ctx.report(
      'identity-unknown-database',
      [...path, 'database'],
      `The grant is on database \`${grant.database}\`, which is not declared under \`databases\`.`,
      'value',
    );
  }
  const valid = VALID_PRIVILEGES[grant.on];
  const invalid = grant.privileges.filter((p) => !valid.includes(p));
  if (invalid.length) {
    ctx.report(
      'identity-grant-privilege',
      [...path, 'privileges'],
      `${invalid.join(', ')} cannot be granted on ${grant.on}; valid there: ${valid.join(', ')}.`,
    );
  }
  if (grant.on !== 'database' && grant.schema === undefined) {
    ctx.report(
      'identity-grant-privilege',
      path,
      `A grant on ${grant.on} needs \`schema\` (e.g. \`schema: public\`).`,
    );
  }
}

/** Reports each role that reaches itself through memberOf, once per cycle. */
function checkCycles(ctx: RuleContext): void {
  const roles = ctx.config.roles ?? [];
  const parents = new Map(roles.map((r) => [r.name, r.memberOf ?? []]));
  const index = new Map(roles.map((r, i) => [r.name, i]));
  const reported = new Set<string>();
  for (const role of roles) {
    const cycle = pathBackTo(role.name, parents);
    if (!cycle) continue;
    const key = [...cycle.slice(0, -1)].sort().join(',');
    if (reported.has(key)) continue;
    reported.add(key);
    ctx.report(
      'identity-membership-cycle',
      ['roles', index.get(role.name) as number, 'memberOf'],
      `Role membership cycle: ${cycle.join(' → ')}. Remove one of these memberOf entries.`,
    );
  }
}

/** A memberOf path from `start` back to itself (depth-first, each role visited once), if any. */
function pathBackTo(start: string, parents: Map<string, string[]>): string[] | undefined {
  const cameFrom = new Map<string, string>();
  const pending = [...(parents.get(start) ?? [])].map((p) => [p, start] as const);
  while (pending.length) {
    const [name, from] = pending.pop() as readonly [string, string];
    if (cameFrom.has(name)) continue;
    cameFrom.set(name, from);
    if (name === start) {
      const path = [start];
      for (let at = from; at !== start; at = cameFrom.get(at) as string) path.unshift(at);
      return [start, ...path];
    }
    for (const parent of parents.get(name) ?? []) pending.push([parent, name]);
  }
  return undefined;
}
