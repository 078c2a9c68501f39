/**
 * What every check family sees: the profile, the facts read from the server, the instance
 * descriptions (Admin API JSON and/or the config), and one view of the server settings that
 * reads the live server when there is one, else the instance's flags, else the config.
 */
import type { DocPath } from '../config/problem.js';
import type { PgciConfig } from '../config/schema.js';
import type { InstanceFacts } from './instance.js';
import type { Read, ServerFacts } from './snapshot.js';
import type { Emitter, Profile } from './types.js';

export interface SettingsSource {
  kind: 'server' | 'instance' | 'config';
  /** The value as PostgreSQL shows it, or undefined with the reason it is not known. */
  get(name: string): { value: string } | { reason: string };
}

export interface ScanContext {
  profile: Profile;
  today: Date;
  server?: ServerFacts;
  /** Instance descriptions: from --instance-json (source api) and from the config (source config). */
  instances: InstanceFacts[];
  config?: PgciConfig;
  settings?: SettingsSource;
  /** Roles allowed to be superusers or to hold elevated attributes (profile defaults + config). */
  allowSuperusers: Set<string>;
  allowElevated: Set<string>;
}

/**
 * PostgreSQL's (and Cloud SQL's) defaults for the settings the checks read, used when the value
 * comes from an instance's flags or the config, where an unset flag means the default.
 */
const DEFAULTS: Record<string, string> = {
  log_connections: 'off',
  log_disconnections: 'off',
  log_statement: 'none',
  log_min_messages: 'warning',
  log_min_error_statement: 'error',
  log_error_verbosity: 'default',
  log_min_duration_statement: '-1',
  log_hostname: 'off',
  debug_print_parse: 'off',
  debug_print_rewritten: 'off',
  debug_print_plan: 'off',
  password_encryption: 'scram-sha-256',
  ssl: 'on',
  ssl_min_protocol_version: 'TLSv1.2',
  'cloudsql.enable_pgaudit': 'off',
  'cloudsql.iam_authentication': 'off',
  shared_preload_libraries: '',
  statement_timeout: '0',
  idle_in_transaction_session_timeout: '0',
};

export function serverSettings(server: ServerFacts): SettingsSource {
  return {
    kind: 'server',
    get(name) {
      const row = server.settings.get(name);
      if (row) return { value: row.setting };
      return {
        reason: server.readAllSettings
          ? `${name} is not a setting on this server`
          : `${name} is not visible to role ${server.user}; grant it pg_read_all_settings`,
      };
    },
  };
}

/** Flags of an instance (api) or the config's parameters: unset means the default. */
export function flagSettings(
  kind: 'instance' | 'config',
  flags: Map<string, string>,
): SettingsSource {
  return {
    kind,
    get(name) {
      const v = flags.get(name) ?? DEFAULTS[name];
      if (v !== undefined) return { value: normalizeFlag(v) };
      return { reason: `${name} is not known from the ${kind} (only from a live server)` };
    },
  };
}

/** Config values are written `on`, `true`, `200ms`; PostgreSQL shows booleans as on/off. */
function normalizeFlag(v: string): string {
  const lower = v.trim().toLowerCase();
  if (['true', 'yes', '1'].includes(lower)) return 'on';
  if (['false', 'no', '0'].includes(lower) && lower !== '0') return 'off';
  return v.trim();
}

/** A setting's value, or a skip of `id` with the reason it cannot be read. */
export function readSetting(
  ctx: ScanContext,
  emit: Emitter,
  id: string,
  name: string,
): string | undefined {
  if (!ctx.settings) {
    emit.skip(id, 'no settings to read: give --database-url, --instance-json or --config');
    return undefined;
  }
  const r = ctx.settings.get(name);
  if ('reason' in r) {
    emit.skip(id, r.reason);
    return undefined;
  }
  return r.value;
}

/** Where a setting lives in the config (`parameters.<name>`), for locating its finding. */
export function settingPath(ctx: ScanContext, name: string): DocPath | undefined {
  const key = Object.keys(ctx.config?.parameters ?? {}).find((k) => k.toLowerCase() === name);
  return key ? ['parameters', key] : undefined;
}

/** Where a role is declared in the config (`roles[i]`). */
export function rolePath(ctx: ScanContext, role: string): DocPath | undefined {
  const i = (ctx.config?.roles ?? []).findIndex((r) => r.name === role);
  return i >= 0 ? ['roles', i] : undefined;
}

/** The live server, or a skip of every given id explaining that one is needed. */
export function needServer(ctx: ScanContext, emit: Emitter, ids: readonly string[]) {
  if (!ctx.server) for (const id of ids) emit.skip(id, 'needs a live server: give --database-url');
  return ctx.server;
}

/** The rows of a read, or a skip of every given id with the reason it failed. */
export function rowsOf<T>(read: Read<T>, emit: Emitter, ids: readonly string[]): T[] | undefined {
  if (read.ok) return read.rows;
  for (const id of ids) emit.skip(id, read.reason);
  return undefined;
}

export const isOn = (v: string | undefined) =>
  v !== undefined && ['on', 'true', 'yes', '1'].includes(v.trim().toLowerCase());

/** Comma-separated list settings (shared_preload_libraries, pgaudit.log), lower-cased. */
export const listOf = (v: string | undefined): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim().replace(/^"|"$/g, '').toLowerCase())
    .filter(Boolean);

/** Roles pgci treats as the platform's own (Cloud SQL's service roles). */
export const isPlatformRole = (name: string) => /^cloudsql/.test(name);
