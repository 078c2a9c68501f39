/**
 * The provision core shared by `pgci plan|apply`, actions/provision and `pgci demo`: load and
 * validate pgci.yml, plan against the target, apply when asked, and return a Report plus the
 * outputs the action publishes. Never imports @actions/*.
 */
import { randomBytes } from 'node:crypto';
import type { IpType } from '../cloudsql/connector.js';
import { ENV_REFERENCE } from '../config/env-reference.js';
import { InputError } from '../config/load.js';
import type { PgciConfig } from '../config/schema.js';
import { validateConfigFile } from '../config/validate.js';
import { applyPostgres, planPostgres, type SqlTargetOptions } from '../postgres/sql-provision.js';
import type { Report } from '../report/report.js';
import { pending, PlanRefusedError, type Plan, type SafetyOptions } from './plan.js';
import { planReport } from './report.js';

export type Target = 'postgres' | 'cloudsql';

export interface ProvisionOptions {
  configFile: string;
  target?: Target;
  /** postgres target: the server; cloudsql target: optional URL for the SQL-level part. */
  databaseUrl?: string;
  /** cloudsql target: Cloud SQL Admin API endpoint (an emulator: http://127.0.0.1:N). */
  apiEndpoint?: string;
  /**
   * cloudsql target without databaseUrl: reach the SQL-level part through the Cloud SQL
   * connector as this database user, an IAM principal's email (automatic IAM authentication)
   * or a built-in user's name (then dbPassword, a `${ENV}` reference).
   */
  dbUser?: string;
  dbPassword?: string;
  /** cloudsql connector: PUBLIC, PRIVATE or PSC (default PRIVATE when the config turns the public IP off). */
  ipType?: IpType;
  safety?: SafetyOptions;
  env?: Record<string, string | undefined>;
  /** Operation wait / lock wait budget. */
  timeoutMs?: number;
  /** cloudsql: first operation poll delay (default 1000 ms) and first retry delay (1000 ms). */
  pollInitialMs?: number;
  retryBaseMs?: number;
  onProgress?: (line: string) => void;
  onSecret?: (value: string) => void;
  onStatement?: (s: { database: string; sql: string }) => void;
}

export interface ProvisionOutputs {
  'connection-name': string;
  'private-ip': string;
  'public-ip': string;
  'database-url': string;
  'plan-json': string;
  changed: string;
}

export interface ProvisionResult {
  plan: Plan;
  report: Report;
  outputs: ProvisionOutputs;
  /** Mutating statements or requests sent by apply (0 for plan). */
  mutations: number;
}

export async function loadProvisionConfig(configFile: string): Promise<PgciConfig> {
  const result = await validateConfigFile(configFile);
  if (!result.config || result.errors.length) {
    const first = result.errors[0];
    throw new InputError(
      `${configFile}: the config has ${result.errors.length} error(s)${first ? ` (first: line ${first.line}: ${first.message})` : ''}; run \`pgci validate ${configFile}\` and fix them before planning.`,
    );
  }
  return result.config;
}

export function chooseTarget(options: ProvisionOptions, config: PgciConfig): Target {
  if (options.target) return options.target;
  if (options.apiEndpoint) return 'cloudsql';
  if (options.databaseUrl) return 'postgres';
  if (config.instance) return 'cloudsql';
  throw new InputError(
    'Nothing to provision against: give --database-url (a PostgreSQL server) or configure instance: and use the Cloud SQL target.',
  );
}

/** The URL without its password and with the first configured database, for the output. */
function appDatabaseUrl(url: string, config: PgciConfig): string {
  const u = new URL(url);
  u.password = '';
  const db = config.migrations?.database ?? config.databases?.[0]?.name;
  if (db) u.pathname = `/${encodeURIComponent(db)}`;
  return u.toString();
}

export async function provision(
  mode: 'plan' | 'apply',
  options: ProvisionOptions,
): Promise<ProvisionResult> {
  const config = await loadProvisionConfig(options.configFile);
  const target = chooseTarget(options, config);
  if (target === 'cloudsql') {
    const { provisionCloudSql } = await import('./cloudsql-target.js');
    return provisionCloudSql(mode, options, config);
  }
  if (!options.databaseUrl) {
    throw new InputError(
      'The postgres target needs a server URL: give --database-url (or DATABASE_URL).',
    );
  }
  const sqlOptions: SqlTargetOptions = {
    url: options.databaseUrl,
    config,
    configFile: options.configFile,
    env: options.env ?? process.env,
    safety: options.safety ?? {},
    ...(options.timeoutMs !== undefined ? { lockTimeoutMs: options.timeoutMs } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onSecret ? { onSecret: options.onSecret } : {}),
    ...(options.onStatement ? { onStatement: options.onStatement } : {}),
  };
  const started = performance.now();
  if (mode === 'plan') {
    const { plan } = await planPostgres(sqlOptions);
    return {
      plan,
      report: planReport(plan),
      outputs: outputsFor(plan, options.databaseUrl, config, pending(plan).length > 0),
      mutations: 0,
    };
  }
  let applied;
  try {
    applied = await applyPostgres(sqlOptions);
  } catch (err) {
    if (!(err instanceof PlanRefusedError)) throw err;
    return refusedResult(err.plan, options.databaseUrl, config);
  }
  const report = planReport(applied.plan, {
    statements: applied.statements,
    migrationsApplied: applied.migrationsApplied,
    elapsedMs: performance.now() - started,
  });
  return {
    plan: applied.plan,
    report,
    outputs: outputsFor(applied.plan, options.databaseUrl, config, applied.statements > 0),
    mutations: applied.statements,
  };
}

/** Apply stopped before any change because the plan had refused changes. */
export function refusedResult(
  plan: Plan,
  url: string | undefined,
  config: PgciConfig,
): ProvisionResult {
  const report = planReport(plan);
  report.check = 'apply';
  report.title = 'Provision (apply)';
  report.summary = `nothing applied: ${report.summary}`;
  return { plan, report, outputs: outputsFor(plan, url, config, false), mutations: 0 };
}

function outputsFor(
  plan: Plan,
  url: string | undefined,
  config: PgciConfig,
  changed: boolean,
): ProvisionOutputs {
  return {
    'connection-name': '',
    'private-ip': '',
    'public-ip': url ? new URL(url).hostname : '',
    'database-url': url ? appDatabaseUrl(url, config) : '',
    'plan-json': JSON.stringify(plan),
    changed: String(changed),
  };
}

/** Random passwords for `${ENV}` references the environment lacks (the demo's throwaway server). */
export function demoPasswords(
  config: PgciConfig,
  env: Record<string, string | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const role of config.roles ?? []) {
    const m = role.password ? ENV_REFERENCE.exec(role.password) : null;
    if (m && !env[m[1]!]) out[m[1]!] = randomBytes(18).toString('base64url');
  }
  return out;
}
