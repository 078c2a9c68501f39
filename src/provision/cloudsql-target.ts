/**
 * The cloudsql target: the instance through the Cloud SQL Admin API (insert/patch, waiting for
 * each operation), then databases and users through the API, then everything the API cannot
 * do over SQL (the postgres target's plan with the API-owned parts switched off). Reads go
 * over plain REST (rest.ts) while the SQL part is read at the same time; google-gax is loaded
 * only when apply has a call to send.
 */
import type { SqlAdmin } from '../cloudsql/api.js';
import { desiredInstance, planInstance, type FlagFacts } from '../cloudsql/instance-plan.js';
import type { Json } from '../cloudsql/proto-json.js';
import {
  CloudSqlApiError,
  httpJson,
  SqlAdminRest,
  waitForOperation,
  withRetry,
  type ApiOptions,
} from '../cloudsql/rest.js';
import { InputError } from '../config/load.js';
import type { PgciConfig, RoleConfig } from '../config/schema.js';
import { urlPassword } from '../postgres/connect.js';
import { keptChange, resolvePassword, SYSTEM_DATABASES } from '../postgres/sql-plan.js';
import {
  adminDatabaseOf,
  applyPostgres,
  planPostgres,
  type SqlPlanResult,
  type SqlTargetOptions,
} from '../postgres/sql-provision.js';
import { PlanRefusedError, pending, refused, type Change, type Plan } from './plan.js';
import type { ProvisionOptions, ProvisionOutputs, ProvisionResult } from './provision.js';
import { planReport } from './report.js';
import { SqlConnection } from './sql-connection.js';

/** The Cloud SQL database user for a config role: IAM users by email, built-in by name. */
export function apiUser(
  role: RoleConfig,
): { name: string; type: 'BUILT_IN' | 'CLOUD_IAM_SERVICE_ACCOUNT' | 'CLOUD_IAM_USER' } | undefined {
  if (role.iam) {
    return role.iam.endsWith('.gserviceaccount.com')
      ? { name: role.iam.replace(/\.gserviceaccount\.com$/, ''), type: 'CLOUD_IAM_SERVICE_ACCOUNT' }
      : { name: role.iam, type: 'CLOUD_IAM_USER' };
  }
  if (role.password) return { name: role.name, type: 'BUILT_IN' };
  return undefined;
}

interface LiveApi {
  instance?: Json;
  databases: Set<string>;
  users: Map<string, string>;
  flags: Map<string, FlagFacts>;
}

interface ApiPlan {
  changes: Change[];
  instanceBody?: Json;
  instanceAction: Change['action'];
  databasesToCreate: string[];
  usersToCreate: { role: RoleConfig; name: string; type: string; password?: string }[];
  live: LiveApi;
}

async function readLive(
  rest: SqlAdminRest,
  project: string,
  name: string,
  databaseVersion: string,
): Promise<LiveApi> {
  const getInstance = async (): Promise<Json | undefined> => {
    try {
      // The REST answer is proto3 JSON already: the canonical shape the plan compares.
      return await rest.instance(project, name);
    } catch (err) {
      if ((err as CloudSqlApiError).httpStatus === 404) return undefined;
      throw err;
    }
  };
  const [instance, flagList] = await Promise.all([getInstance(), rest.flags(databaseVersion)]);
  const flags = new Map<string, FlagFacts>();
  for (const f of flagList) {
    flags.set(String(f.name), { requiresRestart: Boolean(f.requiresRestart) });
  }
  const databases = new Set<string>();
  const users = new Map<string, string>();
  if (instance && instance.state === 'RUNNABLE') {
    const [dbs, us] = await Promise.all([rest.databases(project, name), rest.users(project, name)]);
    for (const d of dbs) databases.add(String(d.name));
    for (const u of us) users.set(String(u.name), String(u.type ?? 'BUILT_IN'));
  }
  return { ...(instance ? { instance } : {}), databases, users, flags };
}

function planApi(config: PgciConfig, live: LiveApi, options: ProvisionOptions): ApiPlan {
  const cfg = config.instance!;
  const desired = desiredInstance(cfg, config.parameters);
  const inst = planInstance(desired, live.instance, live.flags, options.safety ?? {});
  const changes: Change[] = [inst.change];
  const databasesToCreate: string[] = [];
  for (const db of config.databases ?? []) {
    if (live.databases.has(db.name)) continue;
    databasesToCreate.push(db.name);
    changes.push({
      resource: `database/${db.name}`,
      action: 'create',
      fields: [{ field: 'name', old: null, new: db.name }],
      flags: {},
      note: 'through the Cloud SQL API',
    });
  }
  const usersToCreate: ApiPlan['usersToCreate'] = [];
  const env = options.env ?? process.env;
  for (const role of config.roles ?? []) {
    const user = apiUser(role);
    if (!user || live.users.has(user.name)) continue;
    const pw = resolvePassword(role, env);
    if (user.type === 'BUILT_IN' && pw.missing) {
      changes.push({
        resource: `user/${user.name}`,
        action: 'refused',
        fields: [],
        flags: {},
        note: `set the environment variable ${pw.variable} (its password) before creating ${role.name}`,
      });
      continue;
    }
    usersToCreate.push({ role, ...user, ...(pw.value ? { password: pw.value } : {}) });
    changes.push({
      resource: `user/${user.name}`,
      action: 'create',
      fields: [{ field: 'type', old: null, new: user.type }],
      flags: {},
      note: 'through the Cloud SQL API',
    });
  }
  return {
    changes,
    ...(inst.body ? { instanceBody: inst.body } : {}),
    instanceAction: inst.change.action,
    databasesToCreate,
    usersToCreate,
    live,
  };
}

/** Where the SQL-level part connects: the URL given, or (emulator) the instance's own server. */
async function sqlUrl(options: ProvisionOptions, config: PgciConfig): Promise<string | undefined> {
  if (options.databaseUrl) return options.databaseUrl;
  if (!options.apiEndpoint || !options.apiEndpoint.startsWith('http://')) return undefined;
  const { project, name } = config.instance!;
  const res = await httpJson(
    'GET',
    new URL(`${options.apiEndpoint.replace(/\/$/, '')}/emulator/instances/${project}/${name}`),
  ).catch(() => undefined);
  if (res?.status !== 200) return undefined;
  const body = JSON.parse(res.text) as { databaseUrl?: string | null };
  return body.databaseUrl ?? undefined;
}

function sqlOptions(options: ProvisionOptions, config: PgciConfig, url: string): SqlTargetOptions {
  const apiRoles = new Set<string>();
  const iamMembers = new Map<string, string>();
  for (const role of config.roles ?? []) {
    const user = apiUser(role);
    if (user?.type === 'BUILT_IN') apiRoles.add(role.name);
    else if (user) iamMembers.set(role.name, user.name);
  }
  return {
    url,
    config,
    configFile: options.configFile,
    env: options.env ?? process.env,
    safety: { ...options.safety, allowRestart: false },
    scope: { databases: false, serverParameters: false, apiRoles, iamMembers },
    ...(options.timeoutMs !== undefined ? { lockTimeoutMs: options.timeoutMs } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onSecret ? { onSecret: options.onSecret } : {}),
    ...(options.onStatement ? { onStatement: options.onStatement } : {}),
  };
}

function outputs(
  config: PgciConfig,
  instance: Json | undefined,
  url: string | undefined,
  plan: Plan,
  changed: boolean,
): ProvisionOutputs {
  const ips = (instance?.ipAddresses ?? []) as Json[];
  const ip = (type: string) => String(ips.find((a) => a.type === type)?.ipAddress ?? '');
  let databaseUrl = '';
  const db = config.migrations?.database ?? config.databases?.[0]?.name ?? 'postgres';
  if (url) {
    const u = new URL(url);
    u.password = '';
    u.pathname = `/${encodeURIComponent(db)}`;
    databaseUrl = u.toString();
  } else if (instance) {
    const host = ip('PRIVATE') || ip('PRIMARY');
    if (host) databaseUrl = `postgres://${host}:5432/${encodeURIComponent(db)}`;
  }
  return {
    'connection-name': String(instance?.connectionName ?? ''),
    'private-ip': ip('PRIVATE'),
    'public-ip': ip('PRIMARY'),
    'database-url': databaseUrl,
    'plan-json': JSON.stringify(plan),
    changed: String(changed),
  };
}

/** Waits for operations already running on the instance (a killed apply, another apply). */
async function waitInFlight(
  rest: SqlAdminRest,
  project: string,
  name: string,
  timeoutMs: number,
): Promise<void> {
  for (const op of await rest.operations(project, name)) {
    if (String(op.status) === 'DONE') continue;
    rest.options.onProgress?.(
      `waiting for operation ${String(op.name)} (${String(op.operationType)}) already in flight`,
    );
    await waitForOperation(
      rest,
      project,
      String(op.name),
      `operation in flight ${String(op.operationType)}`,
      timeoutMs,
    );
  }
}

/** Databases the instance holds and the config does not list: deleted through the API under prune. */
function planDatabasePrune(
  config: PgciConfig,
  live: LiveApi,
  options: ProvisionOptions,
  sql: { url: string; tableCounts: ReadonlyMap<string, number> } | undefined,
): { changes: Change[]; toDelete: string[] } {
  const safety = options.safety ?? {};
  const wanted = new Set((config.databases ?? []).map((d) => d.name));
  const admin = sql ? adminDatabaseOf(sql.url) : undefined;
  const changes: Change[] = [];
  const toDelete: string[] = [];
  for (const name of [...live.databases].sort()) {
    if (wanted.has(name) || SYSTEM_DATABASES.has(name) || name === admin) continue;
    const resource = `database/${name}`;
    if (!safety.prune) {
      changes.push(keptChange(resource));
      continue;
    }
    const tables = sql?.tableCounts.get(name);
    if (tables !== 0 && !safety.allowDestroy) {
      changes.push({
        resource,
        action: 'refused',
        fields: [],
        flags: { destructive: true },
        note:
          tables === undefined
            ? 'not in the config; without database-url pgci cannot tell whether it holds tables: pass allow-destroy to delete it'
            : `not in the config and holds ${tables} table(s); pass allow-destroy to delete it`,
      });
      continue;
    }
    toDelete.push(name);
    changes.push({
      resource,
      action: 'delete',
      fields: [{ field: 'tables', old: tables === undefined ? null : String(tables), new: null }],
      flags: { destructive: true },
      note: 'through the Cloud SQL API',
    });
  }
  return { changes, toDelete };
}

type SqlRead = { url: string; result: SqlPlanResult } | { url?: undefined; result?: undefined };

export async function provisionCloudSql(
  mode: 'plan' | 'apply',
  options: ProvisionOptions,
  config: PgciConfig,
): Promise<ProvisionResult> {
  if (!config.instance) {
    throw new InputError(
      `${options.configFile}: the cloudsql target needs an instance: section (or use --target postgres with --database-url).`,
    );
  }
  const { project, name, databaseVersion } = config.instance;
  const env = options.env ?? process.env;
  for (const role of config.roles ?? []) {
    const pw = resolvePassword(role, env).value;
    if (pw) options.onSecret?.(pw);
  }
  if (options.databaseUrl) {
    const pw = urlPassword(options.databaseUrl);
    if (pw) options.onSecret?.(pw);
  }
  const timeoutMs = options.timeoutMs ?? 1_800_000;
  const apiOptions: ApiOptions = {
    ...(options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {}),
    ...(options.pollInitialMs !== undefined ? { pollInitialMs: options.pollInitialMs } : {}),
    ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  const rest = new SqlAdminRest(apiOptions);
  // google-gax, only when apply has a call to send.
  let admin: SqlAdmin | undefined;
  const getAdmin = async () =>
    (admin ??= (await import('../cloudsql/api.js')).createSqlAdmin(apiOptions));
  // protobufjs and the Cloud SQL descriptors, also only for a call to send.
  const requestObject = async (type: string, json: Json) => {
    await getAdmin(); // its client's descriptors first
    return (await import('../cloudsql/proto-json.js')).requestObject(type, json);
  };
  const started = performance.now();
  let requests = 0;
  const sql = new SqlConnection(options, config, () => sqlUrl(options, config));
  try {
    if (mode === 'apply')
      await waitInFlight(rest, project, name, timeoutMs).catch((err) => {
        if ((err as CloudSqlApiError).httpStatus !== 404) throw err;
      });
    // The API and the SQL-level part are read at the same time; the SQL reading is dropped
    // (its connection error too) when the instance turns out not to exist yet.
    const sqlRead: Promise<SqlRead> = sql.viaConnector
      ? Promise.resolve({})
      : sqlUrl(options, config).then(async (url) =>
          url ? { url, result: await planPostgres(sqlOptions(options, config, url)) } : {},
        );
    sqlRead.catch(() => undefined);
    let live: LiveApi;
    try {
      live = await readLive(rest, project, name, databaseVersion);
      if (mode === 'apply' && live.instance && live.instance.state !== 'RUNNABLE') {
        // Another apply's operation started since we looked (a create in flight): wait, look again.
        await waitInFlight(rest, project, name, timeoutMs);
        live = await readLive(rest, project, name, databaseVersion);
      }
    } catch (err) {
      await sqlRead.catch(() => undefined);
      throw err;
    }
    const apiPlan = planApi(config, live, options);
    let read: SqlRead = live.instance ? await sqlRead : (await sqlRead.catch(() => undefined), {});
    // Through the connector the SQL part needs the instance first (its state and address).
    if (sql.viaConnector && live.instance) {
      const viaTunnel = await sql.url(live.instance);
      if (viaTunnel)
        read = {
          url: viaTunnel,
          result: await planPostgres(sqlOptions(options, config, viaTunnel)),
        };
    }
    let url = read.url;
    const prune = planDatabasePrune(
      config,
      live,
      options,
      read.url ? { url: read.url, tableCounts: read.result.tableCounts } : undefined,
    );
    let sqlChanges: Change[] = [];
    if (read.url) {
      sqlChanges = read.result.plan.changes;
    } else {
      sqlChanges = [
        {
          resource: 'sql',
          action: 'skip',
          fields: [],
          flags: {},
          note: live.instance
            ? 'roles, grants, extensions, parameters and migrations need database-url (e.g. through the Cloud SQL Auth Proxy) or db-user (the Cloud SQL connector)'
            : 'roles, grants, extensions, parameters and migrations are planned once the instance exists',
        },
      ];
    }
    const where = `${project}:${config.instance.region}:${name}${options.apiEndpoint ? ` via ${options.apiEndpoint}` : ''}`;
    const plan: Plan = {
      target: 'cloudsql',
      where,
      changes: [...apiPlan.changes, ...sqlChanges, ...prune.changes],
    };
    if (mode === 'plan' || refused(plan).length) {
      const report = planReport(plan);
      if (mode === 'apply') {
        report.check = 'apply';
        report.title = 'Provision (apply)';
        report.summary = `nothing applied: ${report.summary}`;
      }
      return {
        plan,
        report,
        outputs: outputs(
          config,
          live.instance,
          sql.outputUrl(url),
          plan,
          mode === 'plan' && pending(plan).length > 0,
        ),
        mutations: 0,
      };
    }

    // Apply: instance → databases → users, each operation waited for (Cloud SQL runs one at a time).
    const operation = async (what: string, start: () => Promise<{ name?: unknown }>) => {
      const op = await start();
      requests += 1;
      options.onProgress?.(`${what}: operation ${String(op.name)} started`);
      await waitForOperation(rest, project, String(op.name), what, timeoutMs);
    };
    // A call through google-gax's clients.
    const run = (
      what: string,
      call: (admin: SqlAdmin) => Promise<[{ name?: string | null }, ...unknown[]]>,
    ) =>
      operation(what, async () => {
        const a = await getAdmin();
        const [op] = await withRetry(rest, what, () => call(a), Date.now() + timeoutMs);
        return op;
      });
    if (apiPlan.instanceAction === 'create') {
      const body = await requestObject('DatabaseInstance', apiPlan.instanceBody!);
      await run(`create instance ${name}`, (a) => a.instances.insert({ project, body }));
    } else if (apiPlan.instanceAction === 'update') {
      // Over plain REST, so an empty flag list reaches the API (rest.ts).
      await operation(`update instance ${name}`, () =>
        rest.patchInstance(project, name, apiPlan.instanceBody!, Date.now() + timeoutMs),
      );
    }
    for (const db of apiPlan.databasesToCreate) {
      const body = await requestObject('Database', { name: db, instance: name, project });
      await run(`create database ${db}`, (a) =>
        a.databases.insert({ project, instance: name, body }),
      );
    }
    for (const u of apiPlan.usersToCreate) {
      const body: Json = {
        name: u.name,
        type: u.type,
        instance: name,
        project,
        ...(u.password ? { password: u.password } : {}),
      };
      const request = await requestObject('User', body);
      await run(`create user ${u.name}`, (a) =>
        a.users.insert({ project, instance: name, body: request }),
      );
    }
    if (requests > 0) live = await readLive(rest, project, name, databaseVersion);
    url = await sql.url(live.instance);
    let statements = 0;
    let migrationsApplied: number[] = [];
    let finalChanges = sqlChanges;
    if (url) {
      try {
        const applied = await applyPostgres(sqlOptions(options, config, url));
        statements = applied.statements;
        migrationsApplied = applied.migrationsApplied;
        finalChanges = applied.plan.changes;
      } catch (err) {
        if (!(err instanceof PlanRefusedError)) throw err;
        const refusedPlan: Plan = { ...plan, changes: [...apiPlan.changes, ...err.plan.changes] };
        const report = planReport(refusedPlan);
        report.check = 'apply';
        report.title = 'Provision (apply)';
        report.summary = `instance, databases and users applied; SQL-level part refused: ${report.summary}`;
        return {
          plan: refusedPlan,
          report,
          outputs: outputs(config, live.instance, sql.outputUrl(url), refusedPlan, requests > 0),
          mutations: requests,
        };
      }
    }
    // Prune last: the SQL-level part no longer refers to what goes.
    for (const db of prune.toDelete) {
      await run(`delete database ${db}`, (a) =>
        a.databases.delete({ project, instance: name, database: db }),
      );
    }
    const finalPlan: Plan = {
      ...plan,
      changes: [...apiPlan.changes, ...finalChanges, ...prune.changes],
    };
    const report = planReport(finalPlan, {
      statements,
      requests,
      migrationsApplied,
      elapsedMs: performance.now() - started,
    });
    return {
      plan: finalPlan,
      report,
      outputs: outputs(
        config,
        live.instance,
        sql.outputUrl(url),
        finalPlan,
        requests + statements > 0,
      ),
      mutations: requests + statements,
    };
  } finally {
    await sql.close();
    await (admin as SqlAdmin | undefined)?.close();
  }
}
