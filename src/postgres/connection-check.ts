/**
 * The connection check (the seed's "Connection Tests"): can we connect, how fast, over TLS or
 * not, how full is the server, and does it run the parameters the config declares.
 */
import type pg from 'pg';
import { FLAGS_BY_NAME } from '../cloudsql/flags.js';
import type { PgciConfig } from '../config/schema.js';
import { escapeCell } from '../report/markdown.js';
import type { Report, Status } from '../report/report.js';
import { connect, ConnectionError, redactUrl } from './connect.js';
import { parseBoolean, parseQuantity, type BaseUnit } from './units.js';

export interface ParameterDrift {
  name: string;
  declared: string;
  live: string | null;
  /** null when the server does not know the setting (a Cloud SQL-only flag, an unloaded extension). */
  matches: boolean | null;
}

export interface ConnectionFacts {
  ok: boolean;
  url: string;
  error?: string;
  serverVersion?: string;
  serverVersionNum?: number;
  connectMs?: number;
  latencyMs?: { median: number; p95: number; samples: number };
  ssl?: boolean;
  user?: string;
  database?: string;
  superuser?: boolean;
  connections?: { used: number; max: number };
  parameters?: ParameterDrift[];
  missingDatabases?: string[];
  missingRoles?: string[];
}

const LATENCY_SAMPLES = 20;

export async function checkConnection(
  url: string,
  config?: PgciConfig,
  options: { timeoutMs?: number } = {},
): Promise<ConnectionFacts> {
  const facts: ConnectionFacts = { ok: false, url: redactUrl(url) };
  const started = performance.now();
  let client: pg.Client;
  try {
    client = await connect(url, {
      timeoutMs: options.timeoutMs ?? 10_000,
      applicationName: 'pgci connect',
    });
  } catch (err) {
    facts.error = err instanceof ConnectionError ? err.message : String(err);
    return facts;
  }
  try {
    facts.connectMs = round(performance.now() - started);
    const info = await client.query<{
      version: string;
      num: string;
      usr: string;
      db: string;
      su: boolean;
      ssl: boolean | null;
      used: string;
      max: string;
    }>(`SELECT current_setting('server_version') AS version,
              current_setting('server_version_num') AS num,
              current_user AS usr, current_database() AS db,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su,
              (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS ssl,
              (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS used,
              current_setting('max_connections') AS max`);
    const row = info.rows[0]!;
    Object.assign(facts, {
      serverVersion: row.version,
      serverVersionNum: Number(row.num),
      user: row.usr,
      database: row.db,
      superuser: row.su,
      ssl: row.ssl === true,
      connections: { used: Number(row.used), max: Number(row.max) },
    });
    facts.latencyMs = await measureLatency(client);
    if (config) Object.assign(facts, await compareWithConfig(client, config));
    facts.ok = true;
  } catch (err) {
    facts.error = `Connected, but a catalog query failed: ${(err as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
  return facts;
}

async function measureLatency(client: pg.Client): Promise<ConnectionFacts['latencyMs']> {
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    const t = performance.now();
    await client.query('SELECT 1');
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { median: round(at(0.5)), p95: round(at(0.95)), samples: samples.length };
}

async function compareWithConfig(client: pg.Client, config: PgciConfig) {
  const declared = Object.entries(config.parameters ?? {});
  const names = declared.map(([k]) => k.toLowerCase());
  const live = await client.query<{ name: string; setting: string; unit: string | null }>(
    'SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)',
    [names],
  );
  const byName = new Map(live.rows.map((r) => [r.name, r]));
  const parameters: ParameterDrift[] = declared.map(([key, value]) => {
    const row = byName.get(key.toLowerCase());
    if (!row) return { name: key, declared: String(value), live: null, matches: null };
    return {
      name: key,
      declared: String(value),
      live: row.unit ? `${row.setting} (${row.unit})` : row.setting,
      matches: sameSetting(value, row.setting, row.unit as BaseUnit | null, key.toLowerCase()),
    };
  });
  const dbs = await client.query<{ datname: string }>('SELECT datname FROM pg_database');
  const roles = await client.query<{ rolname: string }>('SELECT rolname FROM pg_roles');
  const haveDb = new Set(dbs.rows.map((r) => r.datname));
  const haveRole = new Set(roles.rows.map((r) => r.rolname));
  return {
    parameters,
    missingDatabases: (config.databases ?? []).map((d) => d.name).filter((n) => !haveDb.has(n)),
    missingRoles: (config.roles ?? []).map((r) => r.name).filter((n) => !haveRole.has(n)),
  };
}

/** Compares a declared value with pg_settings.setting, in the setting's own base unit. */
function sameSetting(
  declared: string | number | boolean,
  setting: string,
  unit: BaseUnit | null,
  name: string,
): boolean {
  const flagUnit = FLAGS_BY_NAME.get(name)?.unit;
  const base = unit ?? flagUnit;
  const asBool = parseBoolean(declared);
  const liveBool = parseBoolean(setting);
  if (
    typeof declared === 'boolean' ||
    (asBool !== undefined && liveBool !== undefined && isNaN(Number(setting)))
  ) {
    return asBool === liveBool;
  }
  const want = parseQuantity(
    typeof declared === 'number' ? declared : String(declared),
    base ?? undefined,
  );
  const have = Number(setting);
  if (want.ok && !Number.isNaN(have)) return Math.abs(want.value - have) < 1e-9 * Math.max(1, have);
  return String(declared).toLowerCase() === setting.toLowerCase();
}

export function connectionReport(facts: ConnectionFacts): Report {
  if (!facts.ok) {
    return {
      check: 'connection',
      title: 'Database connection',
      status: 'fail',
      summary: facts.error ?? 'cannot connect',
      details: facts.error ?? 'cannot connect',
      annotations: [],
      data: facts,
    };
  }
  const drift = (facts.parameters ?? []).filter((p) => p.matches === false);
  const missing = [...(facts.missingDatabases ?? []), ...(facts.missingRoles ?? [])];
  const status: Status = drift.length || missing.length ? 'warn' : 'pass';
  const lat = facts.latencyMs!;
  const summaryParts = [
    `PostgreSQL ${facts.serverVersion}`,
    `connect ${facts.connectMs} ms`,
    `round trip p50 ${lat.median} ms`,
    facts.ssl ? 'TLS' : 'no TLS',
  ];
  if (drift.length) summaryParts.push(`${drift.length} parameter(s) differ from the config`);
  if (missing.length) summaryParts.push(`${missing.length} declared database(s)/role(s) absent`);
  const rows = [
    '| fact | value |',
    '| --- | --- |',
    `| server | ${escapeCell(facts.url)} |`,
    `| version | PostgreSQL ${facts.serverVersion} |`,
    `| connected as | ${facts.user}${facts.superuser ? ' (superuser)' : ''} to ${facts.database} |`,
    `| connect time | ${facts.connectMs} ms |`,
    `| round trip (SELECT 1 ×${lat.samples}) | p50 ${lat.median} ms, p95 ${lat.p95} ms |`,
    `| TLS | ${facts.ssl ? 'yes' : 'no'} |`,
    `| connections | ${facts.connections!.used} of ${facts.connections!.max} |`,
  ];
  const sections = [rows.join('\n')];
  if (facts.parameters?.length) {
    sections.push(
      [
        '| parameter | declared | live | |',
        '| --- | --- | --- | --- |',
        ...facts.parameters.map(
          (p) =>
            `| ${p.name} | ${escapeCell(p.declared)} | ${escapeCell(p.live ?? 'not on this server')} | ${p.matches === null ? 'n/a' : p.matches ? '✅' : '≠'} |`,
        ),
      ].join('\n'),
    );
  }
  if (missing.length) {
    sections.push(
      `Declared but absent on this server: ${missing.map((m) => `\`${m}\``).join(', ')}.`,
    );
  }
  return {
    check: 'connection',
    title: 'Database connection',
    status,
    summary: summaryParts.join(', '),
    details: sections.join('\n\n'),
    annotations: [],
    data: facts,
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
