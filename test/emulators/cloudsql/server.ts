/**
 * A Cloud SQL Admin API v1 emulator on loopback: the REST surface pgci uses (instances,
 * operations, databases, users, flags, tiers, backupRuns, restoreBackup, clone), requests
 * checked and decoded with @google-cloud/sql's protos, long-running operations PENDING →
 * RUNNING → DONE, the real API's refusals, injectable faults, and a log of mutating requests
 * at GET /emulator/requests. Each instance is backed by a real local PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { FLAGS_BY_NAME, CLOUDSQL_FLAGS } from '../../../src/cloudsql/flags.js';
import { parseTier } from '../../../src/cloudsql/tiers.js';
import { startThrowawayPostgres, type ThrowawayServer } from '../../../src/postgres/embedded.js';
import { ConnectSurface } from './connect.js';
import {
  archiveSettings,
  archiveUpToNow,
  fileBackup,
  startFromCopy,
  superuserPassword,
  workDir,
} from './backups.js';
import { BadRequest, decode, encode, type Json } from './protos.js';

export interface Faults {
  /** Share (0..1) of API requests answered 429 RESOURCE_EXHAUSTED. */
  rate429?: number;
  /** Share answered 503 UNAVAILABLE. */
  rate503?: number;
  /** Share of mutating requests answered 409 "operation in progress". */
  rate409?: number;
  /** How long each operation takes, PENDING through DONE (default 300 ms). */
  operationMs?: number;
  /** Seed for the fault dice (reproducible runs). */
  seed?: number;
  /**
   * Runs `sql` in `database` of every instance a restoreBackup or clone fills, before its
   * operation is DONE: a restore that silently differs from its backup (tamper test).
   */
  tamperRestore?: { database: string; sql: string };
  /** Backup runs end FAILED instead of SUCCESSFUL. */
  failBackups?: boolean;
}

export interface EmulatorOptions {
  port?: number;
  faults?: Faults;
  /** Back instances with a real PostgreSQL (default true). */
  backing?: boolean;
  /** Require `Authorization: Bearer <token>` (to test bad credentials). */
  requireToken?: string;
  /**
   * Serve the Cloud SQL connector: connectSettings, generateEphemeralCert and a TLS listener
   * per instance on its own 127.x.y.z:3307 (see connect.ts). Off by default: instances then
   * report 127.0.0.1 / 127.0.0.2 and no listener.
   */
  connect?: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  /** The decoded body with passwords replaced by "[redacted]". */
  body?: unknown;
  status: number;
  fault?: string;
  at: string;
}

interface InstanceRecord {
  project: string;
  name: string;
  json: Json;
  server?: ThrowawayServer;
  busy?: Json;
  userTypes: Map<string, string>;
  backups: Json[];
  restarts: number;
  /** Where the backing server archives its WAL (point-in-time recovery enabled at creation). */
  archiveDir?: string;
}

/** A backup run's files: a consistent copy of the data directory (see backups.ts). */
interface BackupFiles {
  /** Absent when the emulator runs without backing servers. */
  dir?: string;
  /** The superuser password inside the copy (restored servers keep the source's). */
  password: string;
  major: 15 | 17;
  databaseVersion: string;
  diskSizeGb: number;
  /** When the copy became consistent (ms); the archive can replay from here. */
  end: number;
  /** The WAL archive the backup can be rolled forward with. */
  archiveDir?: string;
}

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

const MUTATING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const MAJOR_OF: Record<string, 15 | 17> = {
  POSTGRES_14: 15,
  POSTGRES_15: 15,
  POSTGRES_16: 17,
  POSTGRES_17: 17,
};
const WEEK_MS = 7 * 24 * 3600 * 1000;

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const now = () => new Date().toISOString();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Json).map(([k, v]) => [
        k,
        /password$/i.test(k) && typeof v === 'string' ? '[redacted]' : redact(v),
      ]),
    );
  }
  return value;
}

export class CloudSqlEmulator {
  readonly instances = new Map<string, InstanceRecord>();
  private readonly deleted = new Map<string, number>();
  private readonly operations = new Map<string, { project: string; json: Json }>();
  private readonly log: LoggedRequest[] = [];
  private readonly faultLog: LoggedRequest[] = [];
  private readonly backupFiles = new Map<string, BackupFiles>();
  private readonly readers = new Map<object, Promise<pg.Client>>();
  private backupRoot?: Promise<string>;
  private faults: Faults;
  private dice: () => number;
  private server = createServer((req, res) => void this.handle(req, res));
  /** The connector's surface (CA, ephemeral certificates, TLS listeners), when enabled. */
  readonly connect?: ConnectSurface;
  url = '';
  port = 0;

  constructor(private readonly options: EmulatorOptions = {}) {
    this.faults = { ...options.faults };
    this.dice = mulberry32(options.faults?.seed ?? 42);
    if (options.connect) this.connect = new ConnectSurface(options.requireToken);
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port ?? 0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${this.port}`;
    return this;
  }

  setFaults(faults: Faults): void {
    this.faults = { ...faults };
    if (faults.seed !== undefined) this.dice = mulberry32(faults.seed);
  }

  /** Mutating requests received, in order (what an apply sent). */
  requests(): LoggedRequest[] {
    return [...this.log];
  }

  clearRequests(): void {
    this.log.length = 0;
  }

  /** Every request answered with an injected fault (reads too), in order. */
  faultsInjected(): LoggedRequest[] {
    return [...this.faultLog];
  }

  /** Superuser URL of an instance's backing PostgreSQL (emulator only). */
  databaseUrl(project: string, instance: string, database = 'postgres'): string | undefined {
    return this.instances.get(`${project}/${instance}`)?.server?.urlFor(database);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
    await this.connect?.close();
    await Promise.all(
      [...this.readers.values()].map((r) =>
        r.then(
          (c) => c.end(),
          () => undefined,
        ),
      ),
    );
    this.readers.clear();
    // Let operations in flight settle, then stop every backing server.
    for (const rec of this.instances.values()) await rec.server?.stop();
    if (this.backupRoot) await rm(await this.backupRoot, { recursive: true, force: true });
    for (const rec of this.instances.values())
      if (rec.archiveDir) await rm(rec.archiveDir, { recursive: true, force: true });
  }

  /**
   * Moves every backup run of an instance `hours` into the past (a stale backup for RPO tests).
   * The point-in-time window stays where the archived WAL really is.
   */
  ageBackups(project: string, instance: string, hours: number): void {
    const shift = (v: unknown) =>
      typeof v === 'string' ? new Date(Date.parse(v) - hours * 3_600_000).toISOString() : v;
    for (const run of this.instance(project, instance).backups) {
      for (const k of ['enqueuedTime', 'startTime', 'endTime', 'windowStartTime'])
        run[k] = shift(run[k]);
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const numericEnums = /enum-encoding=int/.test(decodeURIComponent(url.search));
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/emulator/'))
      return this.handleEmulator(req.method ?? 'GET', url, raw, send);

    const mutating = MUTATING.has(req.method ?? 'GET');
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      status: 0,
      at: now(),
    };
    try {
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        throw new ApiError(
          400,
          'INVALID_ARGUMENT',
          'parseError',
          'Invalid JSON payload received. Unexpected token.',
        );
      }
      // The connector's two routes: not logged as mutations (they change no instance state).
      if (this.connect?.matches(url.pathname)) {
        const r = await this.connect.handle(
          req.method ?? 'GET',
          url.pathname,
          req.headers.authorization,
          body,
          (project, name) => this.instances.get(`${project}/${name}`),
        );
        return send(r.status, r.type ? encode(r.type, r.value, numericEnums) : r.value);
      }
      if (mutating) {
        entry.body = redact(body);
        this.log.push(entry);
      }
      if (
        this.options.requireToken &&
        req.headers.authorization !== `Bearer ${this.options.requireToken}`
      ) {
        throw new ApiError(
          401,
          'UNAUTHENTICATED',
          'authError',
          'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        );
      }
      try {
        this.injectFault(mutating, entry);
      } catch (fault) {
        this.faultLog.push(entry);
        throw fault;
      }
      const { status, type, value } = await this.route(req.method ?? 'GET', url, body);
      entry.status = status;
      send(status, type ? encode(type, value, numericEnums) : value);
    } catch (err) {
      const e =
        err instanceof ApiError
          ? err
          : err instanceof BadRequest
            ? new ApiError(400, 'INVALID_ARGUMENT', 'invalid', err.message)
            : new ApiError(
                500,
                'INTERNAL',
                'internalError',
                `Internal error: ${(err as Error).message}`,
              );
      entry.status = e.code;
      send(e.code, {
        error: {
          code: e.code,
          message: e.message,
          status: e.status,
          errors: [{ message: e.message, domain: 'global', reason: e.reason }],
        },
      });
    }
  }

  private injectFault(mutating: boolean, entry: LoggedRequest): void {
    const f = this.faults;
    const roll = this.dice();
    let edge = f.rate429 ?? 0;
    if (roll < edge) {
      entry.fault = '429';
      throw new ApiError(
        429,
        'RESOURCE_EXHAUSTED',
        'rateLimitExceeded',
        "Quota exceeded for quota metric 'Queries' (emulated fault).",
      );
    }
    edge += f.rate503 ?? 0;
    if (roll < edge) {
      entry.fault = '503';
      throw new ApiError(
        503,
        'UNAVAILABLE',
        'backendError',
        'The service is currently unavailable (emulated fault).',
      );
    }
    edge += f.rate409 ?? 0;
    if (mutating && roll < edge) {
      entry.fault = '409';
      throw operationInProgress();
    }
  }

  private handleEmulator(
    method: string,
    url: URL,
    raw: string,
    send: (s: number, b: unknown) => void,
  ): void {
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[1] === 'requests' && method === 'GET') return send(200, this.requests());
    if (parts[1] === 'requests' && method === 'DELETE') {
      this.clearRequests();
      return send(200, {});
    }
    if (parts[1] === 'tokens' && method === 'POST' && this.connect) {
      // The emulator's test credential: an access token for a principal (what ADC would mint).
      const principal = String((raw ? (JSON.parse(raw) as Json) : {}).principal ?? '');
      if (!principal)
        return send(400, { error: { code: 400, message: 'give {"principal": "email"}' } });
      return send(200, { access_token: this.connect.issueToken(principal), principal });
    }
    if (parts[1] === 'faults' && method === 'POST') {
      this.setFaults(raw ? (JSON.parse(raw) as Faults) : {});
      return send(200, this.faults);
    }
    if (parts[1] === 'instances' && parts.length === 4) {
      const rec = this.instances.get(`${parts[2]}/${parts[3]}`);
      if (!rec) return send(404, { error: { code: 404, message: 'no such instance' } });
      return send(200, {
        databaseUrl: rec.server?.url ?? null,
        restarts: rec.restarts,
        state: rec.json.state,
      });
    }
    send(404, { error: { code: 404, message: `unknown emulator path ${url.pathname}` } });
  }

  private operationDelay(): number {
    return this.faults.operationMs ?? 300;
  }

  private instance(project: string, name: string): InstanceRecord {
    const rec = this.instances.get(`${project}/${name}`);
    if (!rec) {
      throw new ApiError(
        404,
        'NOT_FOUND',
        'instanceDoesNotExist',
        'The Cloud SQL instance does not exist.',
      );
    }
    return rec;
  }

  /** An operation PENDING now, RUNNING shortly, DONE when `work` and the delay are over. */
  private startOperation(
    rec: InstanceRecord,
    operationType: string,
    work: () => Promise<void>,
  ): Json {
    // The one busy check that cannot race: synchronous with setting rec.busy below, so two
    // requests that both passed an earlier check across an await cannot both start.
    this.notBusy(rec);
    const name = randomUUID();
    const json: Json = {
      kind: 'sql#operation',
      name,
      status: 'PENDING',
      operationType,
      targetId: rec.name,
      targetProject: rec.project,
      targetLink: `${this.url}/v1/projects/${rec.project}/instances/${rec.name}`,
      selfLink: `${this.url}/v1/projects/${rec.project}/operations/${name}`,
      user: 'pgci@emulator.local',
      insertTime: now(),
    };
    this.operations.set(name, { project: rec.project, json });
    rec.busy = json;
    const total = this.operationDelay();
    setTimeout(async () => {
      json.status = 'RUNNING';
      json.startTime = now();
      const started = Date.now();
      try {
        await work();
      } catch (err) {
        json.error = {
          kind: 'sql#operationErrors',
          errors: [
            { kind: 'sql#operationError', code: 'INTERNAL_ERROR', message: (err as Error).message },
          ],
        };
      }
      await sleep(Math.max(0, total * 0.8 - (Date.now() - started)));
      json.status = 'DONE';
      json.endTime = now();
      if (rec.busy === json) rec.busy = undefined;
    }, total * 0.2);
    return { ...json };
  }

  private notBusy(rec: InstanceRecord): void {
    if (rec.busy) throw operationInProgress();
  }

  /**
   * The list reads (databases, users) share one open connection per backing server: Cloud SQL
   * answers them without starting a backend on the caller's machine, and a plan that lists
   * both should not pay for two here (a backend start costs tens of ms on a small VM).
   */
  private async read<T extends pg.QueryResultRow>(rec: InstanceRecord, text: string) {
    const server = rec.server;
    if (!server) return [] as T[];
    for (let attempt = 1; ; attempt++) {
      let reader = this.readers.get(server);
      if (!reader) {
        const client = new pg.Client({ connectionString: server.urlFor('postgres') });
        // A server stopped (restart, restore, close) ends the connection: open a new one next time.
        client.on('error', () => this.readers.delete(server));
        reader = client.connect().then(() => client);
        this.readers.set(server, reader);
      }
      try {
        return (await (await reader).query<T>(text)).rows;
      } catch (err) {
        if (this.readers.get(server) === reader) this.readers.delete(server);
        void reader.then((c) => c.end()).catch(() => undefined);
        if (attempt >= 2) throw err;
      }
    }
  }

  private async sql<T extends pg.QueryResultRow>(
    rec: InstanceRecord,
    text: string,
    database = 'postgres',
  ) {
    if (!rec.server) return [] as T[];
    const c = new pg.Client({ connectionString: rec.server.urlFor(database) });
    await c.connect();
    try {
      return (await c.query<T>(text)).rows;
    } finally {
      await c.end();
    }
  }

  private async route(
    method: string,
    url: URL,
    body: unknown,
  ): Promise<{ status: number; type?: string; value: Json }> {
    const p = url.pathname
      .replace(/^\/v1\//, '')
      .split('/')
      .map(decodeURIComponent);
    const q = url.searchParams;
    if (p[0] === 'flags' && p.length === 1 && method === 'GET') {
      return { status: 200, type: 'FlagsListResponse', value: flagsList(q.get('databaseVersion')) };
    }
    if (p[0] !== 'projects' || !p[1])
      throw new ApiError(404, 'NOT_FOUND', 'notFound', `Not found: ${url.pathname}`);
    const project = p[1];
    if (p[2] === 'tiers' && method === 'GET')
      return { status: 200, type: 'TiersListResponse', value: tiersList() };
    if (p[2] === 'operations') {
      if (p[3] && method === 'GET') {
        const op = this.operations.get(p[3]);
        if (!op || op.project !== project)
          throw new ApiError(
            404,
            'NOT_FOUND',
            'operationDoesNotExist',
            `The operation ${p[3]} does not exist.`,
          );
        return { status: 200, type: 'Operation', value: { ...op.json } };
      }
      if (method === 'GET') {
        const instance = q.get('instance');
        const items = [...this.operations.values()]
          .filter((o) => o.project === project && (!instance || o.json.targetId === instance))
          .map((o) => ({ ...o.json }))
          .reverse();
        return {
          status: 200,
          type: 'OperationsListResponse',
          value: { kind: 'sql#operationsList', items },
        };
      }
    }
    if (p[2] !== 'instances')
      throw new ApiError(404, 'NOT_FOUND', 'notFound', `Not found: ${url.pathname}`);
    const name = p[3];
    if (!name) {
      if (method === 'GET') {
        const items = [...this.instances.values()]
          .filter((r) => r.project === project)
          .map((r) => r.json);
        return {
          status: 200,
          type: 'InstancesListResponse',
          value: { kind: 'sql#instancesList', items },
        };
      }
      if (method === 'POST') return this.insertInstance(project, decode('DatabaseInstance', body));
    }
    if (!name) throw new ApiError(405, 'INVALID_ARGUMENT', 'badRequest', 'Method not allowed.');
    const sub = p[4];
    if (!sub) {
      if (method === 'GET')
        return { status: 200, type: 'DatabaseInstance', value: this.instance(project, name).json };
      if (method === 'PATCH')
        return this.patchInstance(
          this.instance(project, name),
          asSent(body, decode('DatabaseInstance', body)),
        );
      if (method === 'DELETE') return this.deleteInstance(this.instance(project, name));
    }
    const rec = this.instance(project, name);
    if (sub === 'databases') return this.databases(method, rec, p[5], body);
    if (sub === 'users') return this.users(method, rec, q, body);
    if (sub === 'backupRuns') return this.backupRuns(method, rec, body, p[5]);
    if (sub === 'restoreBackup' && method === 'POST')
      return this.restoreBackup(rec, decode('InstancesRestoreBackupRequest', body));
    if (sub === 'clone' && method === 'POST')
      return this.clone(rec, decode('InstancesCloneRequest', body));
    if (sub === 'getLatestRecoveryTime' && method === 'GET') return this.latestRecoveryTime(rec);
    throw new ApiError(404, 'NOT_FOUND', 'notFound', `Not found: ${url.pathname}`);
  }

  private async insertInstance(project: string, body: Json) {
    const name = String(body.name ?? '');
    if (!/^[a-z][a-z0-9-]{0,97}$/.test(name))
      throw invalid('Invalid request: instance name must match [a-z][a-z0-9-]*.');
    const key = `${project}/${name}`;
    if (this.instances.has(key))
      throw new ApiError(
        409,
        'ALREADY_EXISTS',
        'instanceAlreadyExists',
        'The Cloud SQL instance already exists.',
      );
    const deletedAt = this.deleted.get(key);
    if (deletedAt && Date.now() - deletedAt < WEEK_MS) {
      throw new ApiError(
        409,
        'ALREADY_EXISTS',
        'instanceAlreadyExists',
        "The Cloud SQL instance already exists. When you delete an instance, you can't reuse the name of the deleted instance until one week from the deletion date.",
      );
    }
    if (!body.region) throw invalid('Invalid request: region is required.');
    const version = String(body.databaseVersion ?? '');
    if (!MAJOR_OF[version])
      throw invalid(
        `Invalid request: databaseVersion ${version || '(empty)'} is not a supported PostgreSQL version.`,
      );
    const settings = (body.settings ?? {}) as Json;
    checkSettings(settings, version);
    const region = String(body.region);
    const json: Json = {
      ...body,
      kind: 'sql#instance',
      project,
      state: 'PENDING_CREATE',
      backendType: 'SECOND_GEN',
      instanceType: 'CLOUD_SQL_INSTANCE',
      connectionName: `${project}:${region}:${name}`,
      gceZone: `${region}-a`,
      selfLink: `${this.url}/v1/projects/${project}/instances/${name}`,
      serviceAccountEmailAddress: `p000000-emulator@gcp-sa-cloud-sql.iam.gserviceaccount.com`,
      createTime: now(),
      settings: {
        ...settings,
        kind: 'sql#settings',
        settingsVersion: '1',
        edition: settings.edition ?? 'ENTERPRISE',
      },
      ipAddresses: ipAddresses(settings),
    };
    const rec: InstanceRecord = {
      project,
      name,
      json,
      userTypes: new Map(),
      backups: [],
      restarts: 0,
    };
    this.instances.set(key, rec);
    if (this.connect) json.ipAddresses = await this.connect.addresses(rec, ipAddresses(settings));
    const op = this.startOperation(rec, 'CREATE', async () => {
      if (this.options.backing !== false) {
        // PITR enabled at creation: the server archives its WAL, so clones to a time are real.
        if ((settings.backupConfiguration as Json | undefined)?.pointInTimeRecoveryEnabled)
          rec.archiveDir = await workDir('pgci-emulator-wal-');
        rec.server = await startThrowawayPostgres({
          major: MAJOR_OF[version] ?? 17,
          ...(rec.archiveDir ? { settings: archiveSettings(rec.archiveDir) } : {}),
        });
        await this.sql(
          rec,
          `CREATE ROLE cloudsqlsuperuser NOLOGIN CREATEDB CREATEROLE; GRANT pg_read_all_settings TO cloudsqlsuperuser`,
        );
        await this.applyFlags(rec);
      }
      json.state = 'RUNNABLE';
      // The first automated backup, soon after creation and outside the operation (Cloud SQL
      // takes it in the backup window): listed RUNNING at once, SUCCESSFUL when the copy is done.
      if ((settings.backupConfiguration as Json | undefined)?.enabled)
        void this.backup(rec, 'AUTOMATED');
    });
    return { status: 200, type: 'Operation', value: op };
  }

  private async patchInstance(rec: InstanceRecord, body: Json) {
    this.notBusy(rec);
    const current = rec.json;
    if (body.name !== undefined && body.name !== rec.name)
      throw invalid('Invalid request: the instance name cannot be changed.');
    if (body.region !== undefined && body.region !== current.region) {
      throw invalid(
        `Invalid request: the region of an instance cannot be changed (${String(current.region)} → ${String(body.region)}).`,
      );
    }
    if (body.databaseVersion !== undefined && body.databaseVersion !== current.databaseVersion) {
      const from = Number(String(current.databaseVersion).split('_')[1]);
      const to = Number(String(body.databaseVersion).split('_')[1]);
      if (!(to > from))
        throw invalid(
          `Invalid request: the database version cannot be downgraded (${String(current.databaseVersion)} → ${String(body.databaseVersion)}).`,
        );
    }
    const old = (current.settings ?? {}) as Json;
    const next = (body.settings ?? {}) as Json;
    if (next.dataDiskType !== undefined && next.dataDiskType !== old.dataDiskType) {
      throw invalid(
        `Invalid request: the disk type cannot be changed (${String(old.dataDiskType)} → ${String(next.dataDiskType)}).`,
      );
    }
    if (
      next.dataDiskSizeGb !== undefined &&
      Number(next.dataDiskSizeGb) < Number(old.dataDiskSizeGb ?? 0)
    ) {
      throw invalid(
        `Invalid request: the disk size cannot be decreased (${String(old.dataDiskSizeGb)} GB → ${String(next.dataDiskSizeGb)} GB).`,
      );
    }
    const oldIp = (old.ipConfiguration ?? {}) as Json;
    const newIp = (next.ipConfiguration ?? {}) as Json;
    if (
      oldIp.privateNetwork &&
      newIp.privateNetwork !== undefined &&
      newIp.privateNetwork !== oldIp.privateNetwork
    ) {
      throw invalid(
        'Invalid request: the private network of an instance cannot be removed or changed.',
      );
    }
    const merged = mergeSettings(old, next);
    checkSettings(merged, String(body.databaseVersion ?? current.databaseVersion));
    merged.settingsVersion = String(Number(old.settingsVersion ?? '1') + 1);
    const restart = restartNeeded(old, merged);
    const op = this.startOperation(rec, 'UPDATE', async () => {
      rec.json = {
        ...current,
        ...stripSettings(body),
        settings: merged,
        ipAddresses: this.connect
          ? await this.connect.addresses(rec, ipAddresses(merged))
          : ipAddresses(merged),
      };
      if (restart) rec.restarts += 1;
      await this.applyFlags(rec);
    });
    return { status: 200, type: 'Operation', value: op };
  }

  private async deleteInstance(rec: InstanceRecord) {
    this.notBusy(rec);
    if ((rec.json.settings as Json | undefined)?.deletionProtectionEnabled) {
      throw invalid(
        'The instance is protected from deletion. Disable deletion protection and try again.',
      );
    }
    const op = this.startOperation(rec, 'DELETE', async () => {
      await rec.server?.stop();
      await this.connect?.detach(rec);
      this.instances.delete(`${rec.project}/${rec.name}`);
      this.deleted.set(`${rec.project}/${rec.name}`, Date.now());
      // Deleting an instance deletes its backups (and its archived WAL) with it.
      for (const run of rec.backups) {
        const files = this.backupFiles.get(String(run.id));
        this.backupFiles.delete(String(run.id));
        if (files?.dir) await rm(files.dir, { recursive: true, force: true });
      }
      if (rec.archiveDir) await rm(rec.archiveDir, { recursive: true, force: true });
    });
    return { status: 200, type: 'Operation', value: op };
  }

  /** databaseFlags that are PostgreSQL settings go into the backing server (ALTER SYSTEM). */
  private async applyFlags(rec: InstanceRecord): Promise<void> {
    if (!rec.server) return;
    const flags = ((rec.json.settings as Json).databaseFlags ?? []) as {
      name: string;
      value?: string;
    }[];
    const known = await this.sql<{ name: string; context: string }>(
      rec,
      `SELECT name, context FROM pg_settings`,
    );
    const context = new Map(known.map((k) => [k.name, k.context]));
    await this.sql(rec, 'ALTER SYSTEM RESET ALL');
    for (const f of flags) {
      const ctx = context.get(f.name);
      if (!ctx || ctx === 'internal' || ctx === 'postmaster') continue;
      await this.sql(
        rec,
        `ALTER SYSTEM SET ${pg.escapeIdentifier(f.name)} = ${pg.escapeLiteral(f.value ?? 'on')}`,
      );
    }
    await this.sql(rec, 'SELECT pg_reload_conf()');
  }

  private async databases(
    method: string,
    rec: InstanceRecord,
    name: string | undefined,
    body: unknown,
  ) {
    const item = (db: string): Json => ({
      kind: 'sql#database',
      charset: 'UTF8',
      collation: 'en_US.UTF8',
      name: db,
      instance: rec.name,
      project: rec.project,
      selfLink: `${this.url}/v1/projects/${rec.project}/instances/${rec.name}/databases/${db}`,
    });
    const existing = async () =>
      (
        await this.read<{ datname: string }>(
          rec,
          `SELECT datname FROM pg_database WHERE NOT datistemplate AND datname NOT LIKE 'pgci_backup_%' ORDER BY 1`,
        )
      ).map((r) => r.datname);
    if (method === 'GET' && !name) {
      return {
        status: 200,
        type: 'DatabasesListResponse',
        value: { kind: 'sql#databasesList', items: (await existing()).map(item) },
      };
    }
    if (method === 'GET' && name) {
      if (!(await existing()).includes(name))
        throw new ApiError(
          404,
          'NOT_FOUND',
          'databaseDoesNotExist',
          'The database does not exist.',
        );
      return { status: 200, type: 'Database', value: item(name) };
    }
    if (method === 'POST' && !name) {
      const db = decode('Database', body);
      const dbName = String(db.name ?? '');
      if (!dbName) throw invalid('Invalid request: database name is required.');
      this.notBusy(rec);
      if ((await existing()).includes(dbName))
        throw new ApiError(
          409,
          'ALREADY_EXISTS',
          'databaseAlreadyExists',
          `The database ${dbName} already exists.`,
        );
      const op = this.startOperation(rec, 'CREATE_DATABASE', async () => {
        // As on Cloud SQL: databases made through the API belong to cloudsqlsuperuser.
        await this.sql(
          rec,
          `CREATE DATABASE ${pg.escapeIdentifier(dbName)} OWNER cloudsqlsuperuser`,
        );
        await this.sql(
          rec,
          `GRANT ALL ON DATABASE ${pg.escapeIdentifier(dbName)} TO cloudsqlsuperuser`,
        );
      });
      return { status: 200, type: 'Operation', value: op };
    }
    if (method === 'DELETE' && name) {
      const op = this.startOperation(rec, 'DELETE_DATABASE', async () => {
        await this.sql(rec, `DROP DATABASE ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      });
      return { status: 200, type: 'Operation', value: op };
    }
    throw new ApiError(405, 'INVALID_ARGUMENT', 'badRequest', 'Method not allowed.');
  }

  private async users(method: string, rec: InstanceRecord, q: URLSearchParams, body: unknown) {
    if (method === 'GET') {
      const rows = await this.read<{ rolname: string }>(
        rec,
        `SELECT rolname FROM pg_roles WHERE rolcanlogin AND rolname NOT LIKE 'pg\\_%' AND rolname <> 'cloudsqladmin' ORDER BY 1`,
      );
      const items = rows.map((r) => ({
        kind: 'sql#user',
        name: r.rolname,
        instance: rec.name,
        project: rec.project,
        type: rec.userTypes.get(r.rolname) ?? 'BUILT_IN',
      }));
      return { status: 200, type: 'UsersListResponse', value: { kind: 'sql#usersList', items } };
    }
    this.notBusy(rec);
    const id = pg.escapeIdentifier;
    if (method === 'POST') {
      const user = decode('User', body);
      const name = String(user.name ?? '');
      const type = String(user.type ?? 'BUILT_IN');
      if (!name) throw invalid('Invalid request: user name is required.');
      if (type === 'CLOUD_IAM_SERVICE_ACCOUNT' && name.endsWith('.gserviceaccount.com')) {
        throw invalid(
          'Invalid request: for a service account, the user name is the email without the .gserviceaccount.com suffix.',
        );
      }
      const exists = await this.sql(
        rec,
        `SELECT 1 FROM pg_roles WHERE rolname = ${pg.escapeLiteral(name)}`,
      );
      if (exists.length)
        throw new ApiError(
          409,
          'ALREADY_EXISTS',
          'userAlreadyExists',
          `The user ${name} already exists.`,
        );
      const op = this.startOperation(rec, 'CREATE_USER', async () => {
        const password =
          type === 'BUILT_IN' && user.password
            ? ` PASSWORD ${pg.escapeLiteral(String(user.password))}`
            : '';
        // As on Cloud SQL: built-in users get CREATEROLE, CREATEDB and cloudsqlsuperuser; IAM
        // users only log in until someone grants them more.
        await this.sql(
          rec,
          type === 'BUILT_IN'
            ? `CREATE ROLE ${id(name)} LOGIN CREATEROLE CREATEDB${password}; GRANT cloudsqlsuperuser TO ${id(name)}`
            : `CREATE ROLE ${id(name)} LOGIN`,
        );
        rec.userTypes.set(name, type);
      });
      return { status: 200, type: 'Operation', value: op };
    }
    const name = q.get('name');
    if (!name) throw invalid('Invalid request: the name parameter is required.');
    if (method === 'PUT') {
      const user = decode('User', body);
      const op = this.startOperation(rec, 'UPDATE_USER', async () => {
        if (user.password)
          await this.sql(
            rec,
            `ALTER ROLE ${id(name)} PASSWORD ${pg.escapeLiteral(String(user.password))}`,
          );
      });
      return { status: 200, type: 'Operation', value: op };
    }
    if (method === 'DELETE') {
      const op = this.startOperation(rec, 'DELETE_USER', async () => {
        await this.sql(rec, `DROP ROLE ${id(name)}`);
        rec.userTypes.delete(name);
      });
      return { status: 200, type: 'Operation', value: op };
    }
    throw new ApiError(405, 'INVALID_ARGUMENT', 'badRequest', 'Method not allowed.');
  }

  private backupDir(): Promise<string> {
    this.backupRoot ??= workDir('pgci-emulator-backups-');
    return this.backupRoot;
  }

  /**
   * A backup run: an online file-level copy of the instance's data directory (backups.ts), the
   * closest a local server gets to Cloud SQL's disk snapshot. Restores and clones start from it.
   */
  private async backup(
    rec: InstanceRecord,
    type: 'AUTOMATED' | 'ON_DEMAND',
    description?: string,
  ): Promise<Json> {
    const id = String(Date.now() * 1000 + rec.backups.length);
    const settings = rec.json.settings as Json;
    const run: Json = {
      kind: 'sql#backupRun',
      id,
      status: 'RUNNING',
      type,
      instance: rec.name,
      enqueuedTime: now(),
      startTime: now(),
      windowStartTime: now(),
      location: String((settings.backupConfiguration as Json | undefined)?.location ?? 'us'),
      databaseVersion: rec.json.databaseVersion,
      backupKind: 'SNAPSHOT',
      selfLink: `${this.url}/v1/projects/${rec.project}/instances/${rec.name}/backupRuns/${id}`,
      ...(description ? { description } : {}),
    };
    rec.backups.unshift(run);
    try {
      if (this.faults.failBackups) throw new Error('the backup failed (emulated fault)');
      const dir = rec.server ? join(await this.backupDir(), id) : undefined;
      if (rec.server && dir) await fileBackup(rec.server, dir);
      this.backupFiles.set(id, {
        ...(dir ? { dir } : {}),
        password: rec.server ? superuserPassword(rec.server) : '',
        major: MAJOR_OF[String(rec.json.databaseVersion)] ?? 17,
        databaseVersion: String(rec.json.databaseVersion),
        diskSizeGb: Number(settings.dataDiskSizeGb ?? 10),
        end: Date.now(),
        ...(rec.archiveDir ? { archiveDir: rec.archiveDir } : {}),
      });
      run.status = 'SUCCESSFUL';
    } catch (err) {
      run.status = 'FAILED';
      run.error = {
        kind: 'sql#operationError',
        code: 'BACKUP_FAILED',
        message: (err as Error).message,
      };
    }
    run.endTime = now();
    return run;
  }

  private async backupRuns(method: string, rec: InstanceRecord, body: unknown, id?: string) {
    if (method === 'GET' && id) {
      const run = rec.backups.find((b) => b.id === id);
      if (!run)
        throw new ApiError(
          404,
          'NOT_FOUND',
          'backupRunDoesNotExist',
          `The backup run ${id} does not exist.`,
        );
      return { status: 200, type: 'BackupRun', value: run };
    }
    if (method === 'GET') {
      return {
        status: 200,
        type: 'BackupRunsListResponse',
        value: { kind: 'sql#backupRunsList', items: rec.backups },
      };
    }
    if (method === 'POST') {
      const run = decode('BackupRun', body ?? {});
      const op = this.startOperation(rec, 'BACKUP_VOLUME', async () => {
        const done = await this.backup(rec, 'ON_DEMAND', run.description as string | undefined);
        if (done.status !== 'SUCCESSFUL') throw new Error(String((done.error as Json).message));
      });
      return { status: 200, type: 'Operation', value: op };
    }
    throw new ApiError(405, 'INVALID_ARGUMENT', 'badRequest', 'Method not allowed.');
  }

  /** The fault hook: alter what a restore or clone produced before its operation is DONE. */
  private async tamper(rec: InstanceRecord): Promise<void> {
    const t = this.faults.tamperRestore;
    if (t && rec.server) await this.sql(rec, t.sql, t.database);
  }

  /**
   * restoreBackup into the instance in the path, from a backup of that instance or (with
   * restoreBackupContext.instanceId/project) of another, with the real API's refusals: a backup
   * that did not succeed, another database version, a target disk smaller than the source's.
   * Everything on the target is replaced: databases, roles and their passwords; its flags stay.
   */
  private async restoreBackup(target: InstanceRecord, body: Json) {
    const ctx = (body.restoreBackupContext ?? {}) as Json;
    if (ctx.backupRunId === undefined)
      throw invalid('Invalid request: restoreBackupContext.backupRunId is required.');
    const source = this.instance(
      String(ctx.project ?? target.project),
      String(ctx.instanceId ?? target.name),
    );
    const run = source.backups.find((b) => b.id === String(ctx.backupRunId));
    if (!run)
      throw new ApiError(
        404,
        'NOT_FOUND',
        'backupRunDoesNotExist',
        `The backup run ${String(ctx.backupRunId)} does not exist.`,
      );
    if (run.status !== 'SUCCESSFUL')
      throw invalid(
        `Invalid request: the backup run ${String(run.id)} is ${String(run.status)}; only a successful backup can be restored.`,
      );
    if (String(run.databaseVersion) !== String(target.json.databaseVersion))
      throw invalid(
        `Invalid request: the backup is ${String(run.databaseVersion)} and the target instance ${target.name} is ${String(target.json.databaseVersion)}; a backup restores only into an instance of the same database version.`,
      );
    const files = this.backupFiles.get(String(run.id));
    const targetDisk = Number((target.json.settings as Json).dataDiskSizeGb ?? 10);
    if (files && targetDisk < files.diskSizeGb)
      throw invalid(
        `Invalid request: the target instance ${target.name} has a ${targetDisk} GB disk, smaller than the ${files.diskSizeGb} GB of the backup's instance ${source.name}.`,
      );
    const op = this.startOperation(target, 'RESTORE_VOLUME', async () => {
      if (!files?.dir || !target.server) return;
      const restored = await startFromCopy({
        major: files.major,
        from: files.dir,
        password: files.password,
      });
      const old = target.server;
      target.server = restored;
      await old.stop();
      target.userTypes = new Map(source.userTypes);
      // The restored server does not archive: its earlier WAL is gone, as on Cloud SQL.
      if (target.archiveDir) await rm(target.archiveDir, { recursive: true, force: true });
      target.archiveDir = undefined;
      await this.applyFlags(target);
      await this.tamper(target);
    });
    return { status: 200, type: 'Operation', value: op };
  }

  /** The point-in-time window: from the oldest backup the archive can roll forward, to now. */
  private recoveryWindow(rec: InstanceRecord): { earliest: number; latest: number } | undefined {
    if (!rec.archiveDir) return undefined;
    const ends = rec.backups
      .map((b) => this.backupFiles.get(String(b.id)))
      .filter((f): f is BackupFiles => f?.dir !== undefined && f.archiveDir === rec.archiveDir)
      .map((f) => f.end);
    if (!ends.length) return undefined;
    // Emulated: the archive is brought up to date on demand, so the latest point is now.
    return { earliest: Math.min(...ends), latest: Date.now() };
  }

  private pitrEnabled(rec: InstanceRecord): boolean {
    const b = (rec.json.settings as Json).backupConfiguration as Json | undefined;
    return Boolean(b?.pointInTimeRecoveryEnabled);
  }

  private latestRecoveryTime(rec: InstanceRecord) {
    if (!this.pitrEnabled(rec))
      throw invalid(
        `Invalid request: point-in-time recovery is not enabled on instance ${rec.name}.`,
      );
    const w = this.recoveryWindow(rec);
    if (!w)
      throw invalid(
        `Invalid request: instance ${rec.name} has no recovery point yet (no backup since point-in-time recovery was enabled).`,
      );
    return {
      status: 200,
      type: 'SqlInstancesGetLatestRecoveryTimeResponse',
      value: {
        kind: 'sql#getLatestRecoveryTime',
        latestRecoveryTime: new Date(w.latest).toISOString(),
        earliestRecoveryTime: new Date(w.earliest).toISOString(),
      },
    };
  }

  /**
   * Clone: a new instance with the source's settings and labels and a copy of its data, now
   * (an online file-level copy) or at cloneContext.pointInTime (the newest backup before that
   * time, rolled forward through the archived WAL to exactly that time; PITR must be on and the
   * time inside the window getLatestRecoveryTime gives).
   */
  private async clone(source: InstanceRecord, body: Json) {
    const ctx = (body.cloneContext ?? {}) as Json;
    const dest = String(ctx.destinationInstanceName ?? '');
    if (!dest) throw invalid('Invalid request: cloneContext.destinationInstanceName is required.');
    if (this.instances.has(`${source.project}/${dest}`))
      throw new ApiError(
        409,
        'ALREADY_EXISTS',
        'instanceAlreadyExists',
        'The Cloud SQL instance already exists.',
      );
    const pointInTime = ctx.pointInTime === undefined ? undefined : String(ctx.pointInTime);
    if (pointInTime !== undefined) {
      if (!this.pitrEnabled(source))
        throw invalid(
          `Invalid request: point-in-time recovery is not enabled on instance ${source.name}.`,
        );
      const w = this.recoveryWindow(source);
      const t = Date.parse(pointInTime);
      if (!w || !(t >= w.earliest && t <= w.latest))
        throw invalid(
          `Invalid request: the point in time ${pointInTime} is outside the recovery window of instance ${source.name}${w ? ` (${new Date(w.earliest).toISOString()} to ${new Date(w.latest).toISOString()})` : ' (no recovery point yet)'}.`,
        );
    }
    this.notBusy(source);
    const settings = { ...(source.json.settings as Json), settingsVersion: '1' };
    const json: Json = {
      ...source.json,
      name: dest,
      state: 'PENDING_CREATE',
      connectionName: `${source.project}:${String(source.json.region)}:${dest}`,
      selfLink: `${this.url}/v1/projects/${source.project}/instances/${dest}`,
      createTime: now(),
      settings,
    };
    const rec: InstanceRecord = {
      project: source.project,
      name: dest,
      json,
      userTypes: new Map(source.userTypes),
      backups: [],
      restarts: 0,
    };
    this.instances.set(`${source.project}/${dest}`, rec);
    const op = this.startOperation(source, 'CLONE', async () => {
      try {
        if (source.server) rec.server = await this.cloneData(source, source.server, pointInTime);
        // A clone has addresses of its own, never the source's.
        if (this.connect)
          json.ipAddresses = await this.connect.addresses(rec, ipAddresses(settings));
        if (rec.server) {
          await this.applyFlags(rec);
          await this.tamper(rec);
        }
        json.state = 'RUNNABLE';
      } catch (err) {
        // A clone that failed leaves no instance behind.
        await rec.server?.stop();
        this.instances.delete(`${source.project}/${dest}`);
        throw err;
      }
    });
    return { status: 200, type: 'Operation', value: op };
  }

  private async cloneData(
    source: InstanceRecord,
    server: ThrowawayServer,
    pointInTime: string | undefined,
  ): Promise<ThrowawayServer> {
    const major = server.major as 15 | 17;
    if (pointInTime !== undefined) {
      const t = Date.parse(pointInTime);
      const base = source.backups
        .map((b) => this.backupFiles.get(String(b.id)))
        .filter(
          (f): f is BackupFiles =>
            f?.dir !== undefined && f.archiveDir === source.archiveDir && f.end <= t,
        )
        .sort((a, b) => b.end - a.end)[0];
      if (!base?.dir) throw new Error(`no backup of ${source.name} before ${pointInTime}`);
      await archiveUpToNow(server);
      return startFromCopy({
        major,
        from: base.dir,
        password: base.password,
        recovery: { archiveDir: source.archiveDir!, targetTime: pointInTime },
      });
    }
    const dir = join(await this.backupDir(), `clone-${randomUUID()}`);
    try {
      await fileBackup(server, dir);
      return await startFromCopy({ major, from: dir, password: superuserPassword(server) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

function invalid(message: string): ApiError {
  return new ApiError(400, 'INVALID_ARGUMENT', 'invalid', message);
}

function operationInProgress(): ApiError {
  return new ApiError(
    409,
    'ABORTED',
    'operationInProgress',
    'Operation failed because another operation was already in progress. Try your request after the current operation is complete.',
  );
}

const LIST_FIELDS = new Set([
  'databaseFlags',
  'authorizedNetworks',
  'denyMaintenancePeriods',
  'userLabels',
]);

/** PATCH semantics: objects merge, lists (and labels) are replaced whole. */
function mergeSettings(old: Json, next: Json): Json {
  const out: Json = { ...old };
  for (const [k, v] of Object.entries(next)) {
    const prev = old[k];
    out[k] =
      v &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      !LIST_FIELDS.has(k) &&
      prev &&
      typeof prev === 'object'
        ? mergeSettings(prev as Json, v as Json)
        : v;
  }
  return out;
}

/**
 * What a PATCH really said about its settings' lists and maps, which proto3 JSON decoding
 * blurs: one sent empty (`databaseFlags: []`) clears it, as the real API does; one not sent
 * (decoded as an empty map, e.g. userLabels) leaves it alone.
 */
function asSent(raw: unknown, decoded: Json): Json {
  const sent = ((raw as Json | undefined)?.settings ?? {}) as Json;
  const settings = { ...((decoded.settings ?? {}) as Json) };
  const empty = (v: unknown) =>
    (Array.isArray(v) && v.length === 0) ||
    (v !== null && typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length);
  for (const [k, v] of Object.entries(settings)) if (empty(v) && !(k in sent)) delete settings[k];
  for (const [k, v] of Object.entries(sent)) if (empty(v)) settings[k] = v;
  const ip = (sent.ipConfiguration ?? {}) as Json;
  if (Array.isArray(ip.authorizedNetworks) && ip.authorizedNetworks.length === 0)
    settings.ipConfiguration = {
      ...((settings.ipConfiguration ?? {}) as Json),
      authorizedNetworks: [],
    };
  const out: Json = { ...decoded, settings };
  if (!Object.keys(settings).length) delete out.settings;
  return out;
}

function stripSettings(body: Json): Json {
  const { settings: _s, ...rest } = body;
  void _s;
  return rest;
}

function ipAddresses(settings: Json): Json[] {
  const ip = (settings.ipConfiguration ?? {}) as Json;
  const out: Json[] = [];
  if (ip.ipv4Enabled !== false) out.push({ type: 'PRIMARY', ipAddress: '127.0.0.1' });
  if (ip.privateNetwork) out.push({ type: 'PRIVATE', ipAddress: '127.0.0.2' });
  return out;
}

/** The refusals the real API makes on settings: tier vs edition, unknown flags, flag ranges. */
function checkSettings(settings: Json, databaseVersion: string): void {
  const tier = String(settings.tier ?? '');
  const edition = String(settings.edition ?? 'ENTERPRISE');
  if (!tier) throw invalid('Invalid request: settings.tier is required.');
  const info = parseTier(tier);
  if (!info || !info.editions.includes(edition as 'ENTERPRISE')) {
    throw invalid(
      `Invalid Tier (${tier}) for (${edition}) Edition. Use a tier that the ${edition} edition offers.`,
    );
  }
  const major = Number(databaseVersion.split('_')[1]);
  for (const f of (settings.databaseFlags ?? []) as { name: string; value?: string }[]) {
    const spec = FLAGS_BY_NAME.get(f.name);
    if (
      !spec ||
      (spec.sinceMajor && major < spec.sinceMajor) ||
      (spec.untilMajor && major > spec.untilMajor)
    ) {
      throw new ApiError(
        400,
        'INVALID_ARGUMENT',
        'invalidFlagName',
        `Invalid flag name: ${f.name} is not a flag of ${databaseVersion}.`,
      );
    }
    if (spec.type === 'integer' && f.value !== undefined && /^-?\d+$/.test(f.value)) {
      const v = Number(f.value);
      if ((spec.min !== undefined && v < spec.min) || (spec.max !== undefined && v > spec.max)) {
        throw new ApiError(
          400,
          'INVALID_ARGUMENT',
          'invalidFlagValue',
          `Invalid flag value: ${f.name}=${f.value} is outside [${spec.min}, ${spec.max}].`,
        );
      }
    }
  }
}

function restartNeeded(old: Json, next: Json): boolean {
  if (old.tier !== next.tier || old.availabilityType !== next.availabilityType) return true;
  const flags = (s: Json) =>
    new Map(
      ((s.databaseFlags ?? []) as { name: string; value?: string }[]).map((f) => [f.name, f.value]),
    );
  const a = flags(old);
  const b = flags(next);
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(name) !== b.get(name) && FLAGS_BY_NAME.get(name)?.requiresRestart) return true;
  }
  return false;
}

const FLAG_TYPE: Record<string, string> = {
  boolean: 'BOOLEAN',
  integer: 'INTEGER',
  real: 'FLOAT',
  enum: 'STRING',
  string: 'STRING',
};

function flagsList(databaseVersion: string | null): Json {
  const versions = ['POSTGRES_14', 'POSTGRES_15', 'POSTGRES_16', 'POSTGRES_17'];
  const items = CLOUDSQL_FLAGS.map((f) => {
    const appliesTo = versions.filter((v) => {
      const m = Number(v.split('_')[1]);
      return !(f.sinceMajor && m < f.sinceMajor) && !(f.untilMajor && m > f.untilMajor);
    });
    return {
      kind: 'sql#flag',
      name: f.name,
      type: f.list ? 'REPEATED_STRING' : FLAG_TYPE[f.type],
      appliesTo,
      requiresRestart: f.requiresRestart,
      ...(f.values ? { allowedStringValues: [...f.values] } : {}),
      ...(f.type === 'integer' && f.min !== undefined
        ? { minValue: String(Math.round(f.min)) }
        : {}),
      ...(f.type === 'integer' && f.max !== undefined
        ? { maxValue: String(Math.round(f.max)) }
        : {}),
    };
  }).filter((f) => !databaseVersion || f.appliesTo.includes(databaseVersion));
  return { kind: 'sql#flagsList', items };
}

function tiersList(): Json {
  const names = [
    'db-f1-micro',
    'db-g1-small',
    'db-custom-1-3840',
    'db-custom-2-7680',
    'db-custom-4-15360',
    'db-custom-8-30720',
    'db-perf-optimized-N-2',
    'db-perf-optimized-N-4',
    'db-perf-optimized-N-8',
  ];
  const items = names.map((tier) => {
    const info = parseTier(tier)!;
    return {
      kind: 'sql#tier',
      tier,
      RAM: String(info.memoryMb * 1024 * 1024),
      Disk_Quota: String(3_000_000_000_000),
      region: ['us-central1', 'europe-west1', 'asia-east1'],
    };
  });
  return { kind: 'sql#tiersList', items };
}

export async function startCloudSqlEmulator(
  options: EmulatorOptions = {},
): Promise<CloudSqlEmulator> {
  return new CloudSqlEmulator(options).listen();
}
