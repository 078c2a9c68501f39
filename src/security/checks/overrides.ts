/** Settings overrides (`ALTER ROLE/DATABASE … SET`, pg_db_role_setting) that undo server policy. */
import { isPlatformRole, needServer, rolePath, rowsOf, type ScanContext } from '../context.js';
import type { RoleSettingRow } from '../snapshot.js';
import type { Emitter } from '../types.js';
import { defineChecks } from './define.js';
import { weakensLogging } from './logging.js';

export const OVERRIDES = defineChecks('overrides', {
  'override-weakens-logging': {
    title: 'A role or database override weakens logging or auditing',
    severity: 'medium',
    applies: 'both',
    rationale:
      'ALTER ROLE … SET log_statement = none (or pgaudit.log = none, log_min_messages = panic, …) silently exempts that role or database from the server’s audit policy.',
    remediation: 'ALTER ROLE app RESET log_statement;',
  },
  'override-search-path': {
    title: 'A role or database override sets search_path',
    severity: 'low',
    applies: 'both',
    rationale:
      'An overridden search_path decides which schema’s objects win; make sure each schema in it is writable only by trusted roles, or qualify names.',
    remediation: 'ALTER ROLE app RESET search_path; -- or schema-qualify names',
  },
  'override-disables-timeout': {
    title: 'A role or database override turns a timeout off',
    severity: 'low',
    applies: 'both',
    rationale:
      'statement_timeout = 0 or idle_in_transaction_session_timeout = 0 on a role or database removes the server-wide safety net for it.',
    remediation: "ALTER ROLE app SET statement_timeout = '30s';",
  },
});

const where = (o: RoleSettingRow) =>
  o.role && o.database
    ? `role ${o.role} in database ${o.database}`
    : o.role
      ? `role ${o.role}`
      : `database ${o.database}`;
const objectOf = (o: RoleSettingRow, name: string) =>
  `override:${o.role ?? '*'}@${o.database ?? '*'}/${name}`;

export function checkOverrides(ctx: ScanContext, emit: Emitter): void {
  const server = needServer(ctx, emit, OVERRIDES.ids);
  if (!server) return;
  const rows = rowsOf(server.roleSettings, emit, OVERRIDES.ids) ?? [];
  for (const o of rows) {
    if (o.role && isPlatformRole(o.role)) continue;
    for (const entry of o.config) {
      const eq = entry.indexOf('=');
      const name = entry.slice(0, eq).toLowerCase();
      const value = entry.slice(eq + 1);
      const at = {
        object: objectOf(o, name),
        configPath: o.role ? rolePath(ctx, o.role) : undefined,
      };
      if (weakensLogging(name, value))
        emit.find({
          id: 'override-weakens-logging',
          ...at,
          message: `${where(o)} sets ${name} = ${value}.`,
        });
      else if (name === 'search_path')
        emit.find({
          id: 'override-search-path',
          ...at,
          message: `${where(o)} sets search_path = ${value}.`,
        });
      else if (
        (name === 'statement_timeout' || name === 'idle_in_transaction_session_timeout') &&
        /^0+\s*(ms|s|min)?$/i.test(value.trim())
      )
        emit.find({
          id: 'override-disables-timeout',
          ...at,
          message: `${where(o)} sets ${name} = ${value}.`,
        });
    }
  }
}
