/**
 * Plan and apply pgci.yml on a PostgreSQL server reached by URL: read the live state, diff it
 * (sql-plan.ts), and run the statements in order under an advisory lock, so a second apply
 * at the same time waits or stops with a clear message instead of racing.
 */
import { Socket } from 'node:net';
import { dirname, isAbsolute, resolve } from 'node:path';
import type pg from 'pg';
import type { PgciConfig } from '../config/schema.js';
import { PlanRefusedError, type Plan, type SafetyOptions } from '../provision/plan.js';
import { connect, redactUrl } from './connect.js';
import {
  readAvailableExtensions,
  readDatabase,
  readServer,
  type LiveDatabaseObjects,
  type LiveServer,
} from './live-state.js';
import {
  DEFAULT_MIGRATIONS_TABLE,
  migrationFiles,
  migrationsDirectoryError,
  migrationStatus,
  runMigrations,
  type MigrationStatus,
} from './migrations.js';
import { verifierMatchesAsync } from './scram.js';
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
  /** User tables in each database read (configured ones, and prune candidates under prune). */
  tableCounts: Map<string, number>;
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

export function adminDatabaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** Connections per database, opened on first use and closed together. */
class Connections {
  private readonly open = new Map<string, Promise<pg.Client>>();
  constructor(
    private readonly url: string,
    private readonly timeoutMs: number,
    private readonly applicationName: string,
    /** Apply only: have the server notice a vanished client (plan saves the round trip). */
    private readonly watchClient = false,
  ) {}
  get(database: string | null): Promise<pg.Client> {
    const key = database ?? '';
    let c = this.open.get(key);
    if (!c) {
      c = connect(database === null ? this.url : withDatabase(this.url, database), {
        timeoutMs: this.timeoutMs,
        applicationName: this.applicationName,
        // Plan holds no lock: once Terminate is sent, close our end rather than wait for each
        // backend to exit (for a plan's 21 connections, ~120 ms on a 2-core VM). Apply waits,
        // so the next apply never finds its lock still held by a backend on its way out.
        ...(this.watchClient ? {} : { stream: closeAfterTerminate }),
      }).then(async (client) => {
        if (!this.watchClient) return client;
        // If this process dies mid-apply, the server notices within a second, rolls back the
        // migration in flight and frees the lock, so the next apply can resume (PostgreSQL 14+).
        await client.query(`SET client_connection_check_interval = '1s'`).catch(() => undefined);
        return client;
      });
      this.open.set(key, c);
      // A failed connection is not kept: the database may be created later in the same apply.
      const failed = c;
      failed.catch(() => {
        if (this.open.get(key) === failed) this.open.delete(key);
      });
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

function closeAfterTerminate(): Socket {
  const socket = new Socket();
  socket.once('finish', () => socket.destroy());
  return socket;
}

export function registerSecrets(options: SqlTargetOptions): void {
  const env = options.env ?? process.env;
  for (const role of options.config.roles ?? []) {
    const { value } = resolvePassword(role, env);
    if (value) options.onSecret?.(value);
  }
}

// Databases read at once: enough to overlap connection set-up, few enough for a small server.
const READ_CONCURRENCY = 8;

/** Runs at most `n` of the calls given to it at once. */
function limiter(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((r) => waiting.push(r));
    active += 1;
    try {
      return await fn();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

async function checkPasswords(
  config: PgciConfig,
  live: LiveServer,
  env: Record<string, string | undefined>,
): Promise<Map<string, boolean>> {
  const out = new Map<string, boolean>();
  await Promise.all(
    (config.roles ?? []).map(async (role) => {
      const verifier = live.roles.get(role.name)?.verifier;
      const { value } = resolvePassword(role, env);
      if (verifier === undefined || !value) return;
      out.set(role.name, await verifierMatchesAsync(verifier, value));
    }),
  );
  return out;
}

async function computePlan(options: SqlTargetOptions, conns: Connections): Promise<SqlPlanResult> {
  const { config } = options;
  const env = options.env ?? process.env;
  const safety = options.safety ?? {};
  const settingNames = [
    ...Object.keys(config.parameters ?? {}),
    ...(config.databases ?? []).flatMap((d) => Object.keys(d.parameters ?? {})),
  ];
  // The configured databases are read while the cluster-wide state is: one that does not
  // exist yet fails to connect, and that failure is dropped once pg_database confirms it.
  const limit = limiter(READ_CONCURRENCY);
  const early = new Map(
    (config.databases ?? []).map((d) => [
      d.name,
      limit(async () => readDatabase(await conns.get(d.name))),
    ]),
  );
  for (const read of early.values()) read.catch(() => undefined);
  const admin = await conns.get(null);
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
  // The migration record is read alongside the databases.
  const readMigrations = async (): Promise<Parameters<typeof planSql>[0]['migrations']> => {
    if (!config.migrations) return undefined;
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
    return { status, database, directory, table, ...(error ? { error } : {}) };
  };

  // Password checks run on libuv's pool while the databases are read, a few at a time.
  const passwordChecks = checkPasswords(config, live, env);
  const migrationsRead = readMigrations();
  migrationsRead.catch(() => undefined); // awaited below; a failed database read comes first
  const objects = new Map<string, LiveDatabaseObjects>();
  await Promise.all([
    ...wanted.map(async (name) => objects.set(name, await early.get(name)!)),
    ...extra.map((name) =>
      limit(async () => objects.set(name, await readDatabase(await conns.get(name)))),
    ),
  ]);

  const migrations = await migrationsRead;
  // Only extensions some database still lacks need pg_available_extensions.
  const missingExtensions = new Set(
    (config.databases ?? []).flatMap((d) =>
      (d.extensions ?? []).filter((e) => !objects.get(d.name)?.extensions.has(e)),
    ),
  );
  await readAvailableExtensions(admin, live, [...missingExtensions]);

  const changes = planSql({
    config,
    live,
    objects,
    adminDatabase,
    env,
    safety,
    passwordChecks: await passwordChecks,
    ...(options.scope ? { scope: options.scope } : {}),
    ...(migrations ? { migrations } : {}),
  });
  return {
    plan: { target: 'postgres', where: redactUrl(options.url), changes: changes.map(publicChange) },
    changes,
    tableCounts: new Map([...objects].map(([name, o]) => [name, o.tableCount])),
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
  const conns = new Connections(
    options.url,
    options.connectTimeoutMs ?? 10_000,
    'pgci apply',
    true,
  );
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
