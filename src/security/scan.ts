/**
 * The security scan: gather the facts (live server, instance JSON, config), run every check
 * family, drop what suppressions cover, and settle the gate. Returns plain data; renderers and
 * the action turn it into text, JSON, SARIF, markdown and annotations.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { InputError, loadConfigFile, type LoadedConfig } from '../config/load.js';
import type { PgciConfig } from '../config/schema.js';
import { validateLoaded } from '../config/validate.js';
import { connect } from '../postgres/connect.js';
import { CHECKS, FAMILIES } from './catalog.js';
import { flagSettings, serverSettings, type ScanContext } from './context.js';
import { instanceFromConfig, loadInstanceJson, type InstanceFacts } from './instance.js';
import { readServerFacts, type ServerFacts } from './snapshot.js';
import {
  applySuppressions,
  DEFAULT_SUPPRESSIONS_PATH,
  loadSuppressions,
  type SuppressionOutcome,
} from './suppressions.js';
import {
  SEVERITIES,
  SEVERITY_RANK,
  type Finding,
  type Profile,
  type RawFinding,
  type Severity,
  type Skipped,
} from './types.js';

export type FailOn = Severity | 'none';

export interface ScanOptions {
  databaseUrl?: string;
  configFile?: string;
  instanceJson?: string;
  profile?: Profile;
  failOn?: FailOn;
  /** Explicit file: must exist. Otherwise the config's or database/pgci-suppressions.yml, if present. */
  suppressionsFile?: string;
  today?: Date;
  timeoutMs?: number;
}

export interface ScanResult {
  profile: Profile;
  targets: { server?: string; database?: string; instance?: string; config?: string };
  findings: Finding[];
  suppressed: SuppressionOutcome['suppressed'];
  skipped: Skipped[];
  warnings: string[];
  summary: Record<Severity, number>;
  checks: { total: number; passed: number; failed: number; skipped: number };
  failOn: FailOn;
  failed: boolean;
  /** The config file findings are located in (SARIF artifact), when one was given. */
  configFile?: string;
}

/** Stable across runs and machines: what the check is and which object it is about. */
export function fingerprint(id: string, object: string): string {
  return createHash('sha256').update(`${id}\0${object}`).digest('hex').slice(0, 32);
}

/** Profile defaults: the roles each platform is expected to have. */
const DEFAULT_ALLOW: Record<Profile, { superusers: string[]; elevated: string[] }> = {
  'self-hosted': { superusers: ['postgres'], elevated: [] },
  cloudsql: { superusers: ['cloudsqladmin'], elevated: ['postgres', 'cloudsqlsuperuser'] },
};

export interface ScanInputs {
  server?: ServerFacts;
  instance?: InstanceFacts;
  loaded?: LoadedConfig;
  config?: PgciConfig;
}

/** Reads every input; bad input is an InputError (exit 2), an unreachable server a ConnectionError. */
export async function gatherInputs(options: ScanOptions): Promise<ScanInputs> {
  if (!options.databaseUrl && !options.configFile && !options.instanceJson)
    throw new InputError(
      'pgci security-scan: give --database-url, --instance-json or --config (or several).',
    );
  const inputs: ScanInputs = {};
  if (options.configFile) {
    const loaded = await loadConfigFile(options.configFile);
    const result = validateLoaded(loaded);
    if (!result.config) {
      const first = result.errors[0];
      throw new InputError(
        `${options.configFile}: the config does not pass its schema${first ? ` (${first.line}:${first.column} ${first.message})` : ''}; run \`pgci validate ${options.configFile}\` and fix it first.`,
      );
    }
    inputs.loaded = loaded;
    inputs.config = result.config;
  }
  if (options.instanceJson) inputs.instance = await loadInstanceJson(options.instanceJson);
  if (options.databaseUrl) {
    const client = await connect(options.databaseUrl, {
      timeoutMs: options.timeoutMs,
      applicationName: 'pgci security-scan',
    });
    try {
      inputs.server = await readServerFacts(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return inputs;
}

export async function runSecurityScan(options: ScanOptions): Promise<ScanResult> {
  const inputs = await gatherInputs(options);
  const security = inputs.config?.security;
  // Beside the config (database/pgci.yml → database/pgci-suppressions.yml), else from the cwd.
  const besideConfig = (name: string) =>
    options.configFile ? join(dirname(options.configFile), name) : name;
  const suppressionsFile =
    options.suppressionsFile ??
    (security?.suppressions !== undefined
      ? besideConfig(security.suppressions)
      : options.configFile
        ? besideConfig(basename(DEFAULT_SUPPRESSIONS_PATH))
        : DEFAULT_SUPPRESSIONS_PATH);
  const suppressions = await loadSuppressions(
    suppressionsFile,
    options.suppressionsFile !== undefined || security?.suppressions !== undefined,
  );
  const today = options.today ?? new Date();
  const result = evaluate(inputs, {
    profile: options.profile ?? security?.profile,
    failOn: options.failOn ?? (security?.failOn as FailOn | undefined) ?? 'high',
    today,
    configFile: options.configFile,
  });
  const outcome = applySuppressions(result.findings, suppressions, today, suppressionsFile);
  result.findings = outcome.kept;
  result.suppressed = outcome.suppressed;
  result.warnings.push(...outcome.warnings);
  return settle(result);
}

/** Runs the catalogue over gathered inputs (no I/O): the part the tests and the bench drive. */
export function evaluate(
  inputs: ScanInputs,
  options: { profile?: Profile; failOn: FailOn; today: Date; configFile?: string },
): ScanResult {
  const { server, config, loaded } = inputs;
  const configInstance = config ? instanceFromConfig(config) : undefined;
  const instances = [inputs.instance, configInstance].filter((i): i is InstanceFacts => !!i);
  const profile: Profile =
    options.profile ?? (server?.cloudsql || instances.length ? 'cloudsql' : 'self-hosted');
  const allow = DEFAULT_ALLOW[profile];
  const ctx: ScanContext = {
    profile,
    today: options.today,
    server,
    instances,
    config,
    settings: server
      ? serverSettings(server)
      : inputs.instance
        ? flagSettings('instance', inputs.instance.flags)
        : configInstance || config?.parameters
          ? flagSettings(
              'config',
              configInstance?.flags ??
                new Map(
                  Object.entries(config?.parameters ?? {}).map(([k, v]) => [
                    k.toLowerCase(),
                    String(v),
                  ]),
                ),
            )
          : undefined,
    allowSuperusers: new Set([...allow.superusers, ...(config?.security?.allow?.superusers ?? [])]),
    allowElevated: new Set([...allow.elevated, ...(config?.security?.allow?.elevated ?? [])]),
  };

  const findings = new Map<string, Finding>();
  const skipped = new Map<string, Skipped>();
  const notApplicable = (applies: string) =>
    applies !== 'both' && applies !== profile
      ? `applies to ${applies === 'cloudsql' ? 'Cloud SQL' : 'self-hosted servers'} only (profile ${profile})`
      : undefined;
  const emit = {
    find(raw: RawFinding) {
      const def = CHECKS.get(raw.id);
      if (!def) throw new Error(`check ${raw.id} is not in the catalogue`);
      if (notApplicable(def.applies)) return;
      const fp = fingerprint(raw.id, raw.object);
      if (findings.has(fp)) return;
      const at = raw.configPath && loaded ? loaded.locate(raw.configPath) : undefined;
      findings.set(fp, {
        id: def.id,
        severity: raw.severity ?? def.severity,
        title: def.title,
        object: raw.object,
        message: raw.message,
        references: def.references,
        remediation: def.remediation,
        fingerprint: fp,
        ...(options.configFile
          ? { location: { file: options.configFile, line: at?.line ?? 1, column: at?.column ?? 1 } }
          : {}),
      });
    },
    skip(id: string, reason: string) {
      const def = CHECKS.get(id);
      if (!def) throw new Error(`check ${id} is not in the catalogue`);
      if (!skipped.has(id)) skipped.set(id, { id, title: def.title, reason });
    },
  };
  for (const family of FAMILIES) {
    for (const def of family.defs) {
      const why = notApplicable(def.applies);
      if (why) skipped.set(def.id, { id: def.id, title: def.title, reason: why });
    }
    family.run(ctx, emit);
  }
  // A check that found something was (at least partly) read: it is not reported as skipped.
  const foundIds = new Set([...findings.values()].map((f) => f.id));
  const skippedList = [...skipped.values()].filter((s) => !foundIds.has(s.id));
  return {
    profile,
    targets: {
      ...(server ? { server: `PostgreSQL ${server.major}`, database: server.database } : {}),
      ...(inputs.instance ? { instance: inputs.instance.name } : {}),
      ...(options.configFile ? { config: options.configFile } : {}),
    },
    findings: sortFindings([...findings.values()]),
    suppressed: [],
    skipped: skippedList,
    warnings: [],
    summary: { critical: 0, high: 0, medium: 0, low: 0 },
    checks: { total: CHECKS.size, passed: 0, failed: 0, skipped: skippedList.length },
    failOn: options.failOn,
    failed: false,
    ...(options.configFile ? { configFile: options.configFile } : {}),
  };
}

/** Counts and the gate, after suppressions. */
export function settle(result: ScanResult): ScanResult {
  const summary = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of result.findings) summary[f.severity]++;
  const failedIds = new Set(result.findings.map((f) => f.id));
  const skippedIds = new Set(result.skipped.map((s) => s.id));
  return {
    ...result,
    summary,
    checks: {
      total: result.checks.total,
      failed: failedIds.size,
      skipped: skippedIds.size,
      passed: result.checks.total - failedIds.size - skippedIds.size,
    },
    failed:
      result.failOn !== 'none' &&
      result.findings.some(
        (f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[result.failOn as Severity],
      ),
  };
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.id.localeCompare(b.id) ||
      a.object.localeCompare(b.object),
  );
}
