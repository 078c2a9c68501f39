/**
 * Plan and apply pgci.yml on a PostgreSQL server reached by URL: read the live state, diff it
 * (sql-plan.ts), and run the statements in order under an advisory lock, so a second apply
 * at the same time waits or stops with a clear message instead of racing.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type pg from 'pg';
import type { PgciConfig } from '../config/schema.js';
import { PlanRefusedError, type Plan, type SafetyOptions } from '../provision/plan.js';
import { connect, redactUrl } from './connect.js';
import { readDatabase, readServer, type LiveDatabaseObjects } from './live-state.js';
import {
  DEFAULT_MIGRATIONS_TABLE,
  migrationFiles,
  migrationsDirectoryError,
  migrationStatus,
  runMigrations,
  type MigrationStatus,
} from './migrations.js';
import {
  planSql,
  SYSTEM_DATABASES,
  resolvePassword,
  type SqlChange,
  type SqlScope,
  type Step,
  type MigrationStep,
} from './sql-plan.js';

export interface SqlTargetOptions {
  /** Superuser (or CREATEROLE + CREATEDB) URL; its database is the admin database. */
  url: string;
  config: PgciConfig;
  /** Path of pgci.yml: migrations.directory is relative to it. */
  configFile: string;
  env?: Record<string, string | undefined>;
  safety?: SafetyOptions;
  scope?: SqlScope;
  /** Wait this long for another apply's lock before giving up (default 60 s; 0 = do not wait). */
  lockTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** Every statement apply sends (verifiers redacted): for logs and tests. */
  onStatement?: (s: { database: string; sql: string }) => void;
  onProgress?: (line: string) => void;
  /** Register a secret (a password from the environment) before anything can print it. */
  onSecret?: (value: string) => void;
}

export interface SqlPlanResult {
  plan: Plan;
  changes: SqlChange[];
}

export interface SqlApplyResult extends SqlPlanResult {
  statements: number;
  migrationsApplied: number[];
}

// 'pgci' as an int4, and 1 for "apply": the advisory lock two applies contend for.
const LOCK_KEYS = [0x70676369, 1] as const;

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function adminDatabaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** Connections per database, opened on first use and closed together. */
class Connections {
  private readonly open = new Map<string, Promise<pg.Client>>();
  constructor(
    private readonly url: string,
    private readonly timeoutMs: number,
    private readonly applicationName: string,
  ) {}
  get(database: string | null): Promise<pg.Client> {
    const key = database ?? '';
    let c = this.open.get(key);
    if (!c) {
      c = connect(database === null ? this.url : withDatabase(this.url, database), {
        timeoutMs: this.timeoutMs,
        applicationName: this.applicationName,
      }).then(async (client) => {
        // If this process dies mid-apply, the server notices within a second, rolls back the
        // migration in flight and frees the lock, so the next apply can resume (PostgreSQL 14+).
        await client.query(`SET client_connection_check_interval = '1s'`).catch(() => undefined);
        return client;
      });
      this.open.set(key, c);
    }
    return c;
  }
  async close(database: string): Promise<void> {
    const c = this.open.get(database);
    this.open.delete(database);
    await c?.then((client) => client.end()).catch(() => undefined);
  }
  async closeAll(): Promise<void> {
    const all = [...this.open.values()];
    this.open.clear();
    await Promise.all(all.map((p) => p.then((c) => c.end()).catch(() => undefined)));
  }
}

export function registerSecrets(options: SqlTargetOptions): void {
  const env = options.env ?? process.env;
  for (const role of options.config.roles ?? []) {
    const { value } = resolvePassword(role, env);
    if (value) options.onSecret?.(value);
  }
}

async function computePlan(options: SqlTargetOptions, conns: Connections): Promise<SqlPlanResult> {
  const { config } = options;
  const env = options.env ?? process.env;
  const safety = options.safety ?? {};
  const admin = await conns.get(null);
  const settingNames = [
    ...Object.keys(config.parameters ?? {}),
    ...(config.databases ?? []).flatMap((d) => Object.keys(d.parameters ?? {})),
  ];
  const live = await readServer(
    admin,
    (config.roles ?? []).map((r) => r.name),
    settingNames,
  );
  const adminDatabase = adminDatabaseOf(options.url);
  const wanted = (config.databases ?? []).map((d) => d.name).filter((n) => live.databases.has(n));
  const extra = safety.prune
    ? [...live.databases.keys()].filter(
        (n) =>
          !wanted.includes(n) &&
          !SYSTEM_DATABASES.has(n) &&
          n !== adminDatabase &&
          !(config.databases ?? []).some((d) => d.name === n),
      )
    : [];
  const objects = new Map<string, LiveDatabaseObjects>();
  await Promise.all(
    [...wanted, ...extra].map(async (name) => {
      objects.set(name, await readDatabase(await conns.get(name)));
    }),
  );

  let migrations: Parameters<typeof planSql>[0]['migrations'];
  if (config.migrations) {
    const base = dirname(resolve(options.configFile));
    const directory = isAbsolute(config.migrations.directory)
      ? config.migrations.directory
      : resolve(base, config.migrations.directory);
    const database = config.migrations.database ?? config.databases?.[0]?.name ?? adminDatabase;
    const table = config.migrations.table ?? DEFAULT_MIGRATIONS_TABLE;
    const error = migrationsDirectoryError(directory);
    let status: MigrationStatus | undefined;
    if (!error) {
      status = live.databases.has(database)
        ? await migrationStatus(await conns.get(database), directory, table, database)
        : await migrationFiles(directory);
    }
    migrations = { status, database, directory, table, ...(error ? { error } : {}) };
  }

  const changes = planSql({
    config,
    live,
    objects,
    adminDatabase,
    env,
    safety,
    ...(options.scope ? { scope: options.scope } : {}),
    ...(migrations ? { migrations } : {}),
  });
  return {
    plan: { target: 'postgres', where: redactUrl(options.url), changes: changes.map(publicChange) },
    changes,
  };
}

/** The change without its statements (they may hold password verifiers). */
function publicChange(c: SqlChange) {
  const { steps: _steps, migration: _migration, ...rest } = c;
  void _steps;
  void _migration;
  return rest;
}

export async function planPostgres(options: SqlTargetOptions): Promise<SqlPlanResult> {
  registerSecrets(options);
  const conns = new Connections(options.url, options.connectTimeoutMs ?? 10_000, 'pgci plan');
  try {
    return await computePlan(options, conns);
  } finally {
    await conns.closeAll();
  }
}

export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

async function acquireLock(client: pg.Client, options: SqlTargetOptions): Promise<void> {
  const timeout = options.lockTimeoutMs ?? 60_000;
  const started = Date.now();
  let announced = false;
  for (;;) {
    const r = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [
      ...LOCK_KEYS,
    ]);
    if (r.rows[0]!.ok) return;
    const holder = await client
      .query<{
        pid: number;
        application_name: string;
        client_addr: string | null;
        backend_start: Date;
      }>(
        `SELECT a.pid, a.application_name, a.client_addr::text AS client_addr, a.backend_start
           FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE l.locktype = 'advisory' AND l.classid = $1 AND l.objid = $2 AND l.granted`,
        [...LOCK_KEYS],
      )
      .then((x) => x.rows[0]);
    const who = holder
      ? `${holder.application_name || 'a client'} (pid ${holder.pid}${holder.client_addr ? ` from ${holder.client_addr}` : ''}, connected ${holder.backend_start.toISOString()})`
      : 'another session';
    const waited = Date.now() - started;
    if (waited >= timeout) {
      throw new LockTimeoutError(
        `Another pgci apply is running on ${redactUrl(options.url)}: ${who} holds the provisioning lock; waited ${Math.round(waited / 1000)} s. Nothing was changed; run apply again when it finishes.`,
      );
    }
    if (!announced) {
      options.onProgress?.(`waiting for another pgci apply: ${who} holds the provisioning lock…`);
      announced = true;
    }
    await new Promise((r) => setTimeout(r, Math.min(500, timeout - waited)));
  }
}

/** Plans under the lock, refuses on refused changes, then runs every step in order. */
export async function applyPostgres(options: SqlTargetOptions): Promise<SqlApplyResult> {
  registerSecrets(options);
  const conns = new Connections(options.url, options.connectTimeoutMs ?? 10_000, 'pgci apply');
  try {
    const admin = await conns.get(null);
    await acquireLock(admin, options);
    try {
      const planned = await computePlan(options, conns);
      const refused = planned.changes.filter((c) => c.action === 'refused');
      if (refused.length) throw new PlanRefusedError(planned.plan);
      const { statements, migrationsApplied } = await runSteps(planned.changes, conns, options);
      return { ...planned, statements, migrationsApplied };
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1, $2)', [...LOCK_KEYS]).catch(() => undefined);
    }
  } finally {
    await conns.closeAll();
  }
}

async function runSteps(
  changes: SqlChange[],
  conns: Connections,
  options: SqlTargetOptions,
): Promise<{ statements: number; migrationsApplied: number[] }> {
  type Item = { order: number; step?: Step; migration?: MigrationStep; resource: string };
  const items: Item[] = [];
  for (const c of changes) {
    for (const step of c.steps) items.push({ order: step.order, step, resource: c.resource });
    if (c.migration)
      items.push({ order: c.migration.order, migration: c.migration, resource: c.resource });
  }
  items.sort((a, b) => a.order - b.order);
  let statements = 0;
  const migrationsApplied: number[] = [];
  for (const item of items) {
    if (item.migration) {
      const m = item.migration;
      const client = await conns.get(m.database);
      if (m.asRole) await client.query(`SET ROLE ${client.escapeIdentifier(m.asRole)}`);
      try {
        const done = await runMigrations(
          client,
          m.directory,
          m.table,
          m.database,
          m.versions,
          (f) =>
            options.onProgress?.(`migration ${f.version} (${f.name}) applied to ${m.database}`),
        );
        migrationsApplied.push(...done);
        statements += done.length;
        for (const v of done)
          options.onStatement?.({ database: m.database, sql: `-- migration ${v}` });
      } finally {
        if (m.asRole) await client.query('RESET ROLE').catch(() => undefined);
      }
      continue;
    }
    const step = item.step!;
    if (step.dropsDatabase) await conns.close(step.dropsDatabase); // our own reader would block it
    const client = await conns.get(step.database);
    const shown = step.sensitive
      ? step.sql.replace(/PASSWORD '[^']*'/g, "PASSWORD '[redacted]'")
      : step.sql;
    options.onStatement?.({ database: step.database ?? adminDatabaseOf(options.url), sql: shown });
    try {
      await client.query(step.sql);
    } catch (err) {
      const e = err as { message?: string; code?: string };
      throw new Error(
        `${item.resource}: \`${shown}\` failed: ${e.message ?? String(err)}${e.code ? ` (SQLSTATE ${e.code})` : ''}`,
      );
    }
    statements += 1;
    if (step.database === null && /^CREATE DATABASE|^DROP DATABASE/.test(step.sql)) {
      options.onProgress?.(shown);
    }
  }
  return { statements, migrationsApplied };
}
