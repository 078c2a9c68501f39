/**
 * The Cloud SQL Admin API v1 without google-gax: the reads (instance, flags, databases, users,
 * operations) as plain REST GETs over node:http, the instance patch (so empty lists are sent),
 * bounded retries with jitter, operation polling with backoff, and errors explained for a
 * person. `pgci plan` needs nothing else, so it never loads @google-cloud/sql's clients (a 5 MB
 * chunk: about a second of start-up on a loaded runner); apply loads them (api.ts) only when it
 * has something to send.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Json } from './proto-json.js';

export interface ApiOptions {
  /** http://127.0.0.1:N (an emulator) or https://sqladmin.googleapis.com; empty for the default. */
  apiEndpoint?: string;
  /** First poll delay (default 1000 ms), doubling to 10 s. */
  pollInitialMs?: number;
  /** First retry delay (default 1000 ms), doubling to 16 s, full jitter; 8 attempts at most. */
  retryBaseMs?: number;
  onProgress?: (line: string) => void;
}

export const DEFAULT_ENDPOINT = 'https://sqladmin.googleapis.com';
const SCOPE = 'https://www.googleapis.com/auth/sqlservice.admin';

/** An API refusal explained: HTTP status, and the API's own message. */
export class CloudSqlApiError extends Error {
  override name = 'CloudSqlApiError';
  constructor(
    message: string,
    readonly httpStatus: number | undefined,
  ) {
    super(message);
  }
}

export class OperationTimeoutError extends Error {
  override name = 'OperationTimeoutError';
}

/** What a failed call looks like, from gax (httpStatusCode) or from a socket (cause.code). */
interface CallError {
  code?: number;
  httpStatusCode?: number;
  message?: string;
  cause?: { code?: string };
}

const IN_PROGRESS = /another operation was already in progress|operation in progress/i;

/** 429, 5xx and 409 "operation in progress" are worth another try; 409 "name reused" is not. */
export function isTransient(err: unknown): boolean {
  const e = err as CallError;
  const status = e.httpStatusCode;
  if (status === 429 || (status !== undefined && status >= 500)) return true;
  if (status === 409) return IN_PROGRESS.test(e.message ?? '');
  // Socket-level failures (no HTTP status): connection reset mid-run.
  return (
    status === undefined &&
    /ECONNRESET|socket hang up|EPIPE|UND_ERR_SOCKET/.test(
      `${e.message ?? ''} ${e.cause?.code ?? ''}`,
    )
  );
}

export function explainApiError(
  err: unknown,
  what: string,
  endpoint: string | undefined,
): CloudSqlApiError {
  const e = err as CallError;
  const status = e.httpStatusCode;
  const message = (e.message ?? String(err)).split('\n')[0]!.replace(/^\d+ [A-Z_]+: /, '');
  const where = endpoint ?? 'sqladmin.googleapis.com';
  if (status === 401 || status === 403) {
    return new CloudSqlApiError(
      `${what}: the Cloud SQL Admin API at ${where} refused the credentials (${status}): ${message}. Check google-github-actions/auth (Workload Identity Federation) and that the service account has roles/cloudsql.admin.`,
      status,
    );
  }
  if (
    status === undefined &&
    /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|fetch failed/i.test(
      `${message} ${e.cause?.code ?? ''}`,
    )
  ) {
    return new CloudSqlApiError(
      `${what}: cannot reach the Cloud SQL Admin API at ${where} (${e.cause?.code ?? message}); check --api-endpoint and the network.`,
      status,
    );
  }
  return new CloudSqlApiError(`${what}: ${message}${status ? ` (HTTP ${status})` : ''}`, status);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One HTTP exchange through node:http(s): no fetch, so no undici to load at start-up, and a
 * socket error keeps its own code (ECONNREFUSED) for the message.
 */
export function httpJson(
  method: string,
  url: URL,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; statusText: string; text: string }> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'http:' ? httpRequest : httpsRequest)(
      url,
      {
        method,
        headers: {
          accept: 'application/json',
          ...headers,
          ...(body !== undefined
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
            : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', text }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', (err: Error & { code?: string }) =>
      reject(
        Object.assign(new Error(`${err.code ?? 'network error'}: ${err.message}`), { cause: err }),
      ),
    );
    req.end(body);
  });
}

/** Calls `fn`, retrying transient failures with exponential backoff and full jitter. */
export async function withRetry<T>(
  api: { options: ApiOptions },
  what: string,
  fn: () => Promise<T>,
  deadline = Infinity,
): Promise<T> {
  const base = api.options.retryBaseMs ?? 1000;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransient(err) || attempt >= 8 || Date.now() > deadline)
        throw explainApiError(err, what, api.options.apiEndpoint);
      const delay = Math.random() * Math.min(16_000, base * 2 ** (attempt - 1));
      api.options.onProgress?.(
        `${what}: ${(err as CallError).httpStatusCode ?? 'network'} (transient), retrying in ${(delay / 1000).toFixed(1)} s`,
      );
      await sleep(delay);
    }
  }
}

/** REST calls: the reads, and the instance patch; every answer is the API's proto3 JSON. */
export class SqlAdminRest {
  private readonly base: string;
  private authHeaders?: Promise<Record<string, string>>;
  constructor(readonly options: ApiOptions) {
    this.base = (options.apiEndpoint || DEFAULT_ENDPOINT).replace(/\/$/, '');
  }

  /** Google credentials (Application Default Credentials) for https; none for a local endpoint. */
  private headers(): Promise<Record<string, string>> {
    this.authHeaders ??= this.base.startsWith('http://')
      ? Promise.resolve({})
      : import('google-auth-library').then(
          async ({ GoogleAuth }) =>
            Object.fromEntries(
              await new GoogleAuth({ scopes: [SCOPE] }).getRequestHeaders(),
            ) as Record<string, string>,
        );
    return this.authHeaders;
  }

  get(path: string, query: Record<string, string> = {}): Promise<Json> {
    return this.request('GET', path, query);
  }

  /**
   * One v1 call; an error carries httpStatusCode like gax's, for withRetry and explainApiError.
   * A body goes as written: an empty list stays in it (gax's proto serializer drops one).
   */
  async request(
    method: string,
    path: string,
    query: Record<string, string> = {},
    body?: Json,
  ): Promise<Json> {
    const url = new URL(`${this.base}/v1/${path}`);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const res = await httpJson(
      method,
      url,
      await this.headers(),
      body ? JSON.stringify(body) : undefined,
    );
    const text = res.text;
    let answer: Json = {};
    try {
      answer = text ? (JSON.parse(text) as Json) : {};
    } catch {
      answer = { error: { message: text.slice(0, 200) } };
    }
    if (res.status < 200 || res.status > 299) {
      const error = (answer.error ?? {}) as { message?: string; status?: string };
      throw Object.assign(
        new Error(`${res.status} ${error.status ?? 'ERROR'}: ${error.message ?? res.statusText}`),
        { httpStatusCode: res.status, code: res.status },
      );
    }
    return answer;
  }

  private call(what: string, path: string, query?: Record<string, string>) {
    return withRetry(this, what, () => this.get(path, query));
  }

  /** A list call's items (the API leaves `items` out when there are none). */
  private async list(what: string, path: string, query?: Record<string, string>) {
    return ((await this.call(what, path, query)).items ?? []) as Json[];
  }

  instance(project: string, name: string): Promise<Json> {
    return this.call(`get instance ${name}`, `projects/${enc(project)}/instances/${enc(name)}`);
  }
  flags(databaseVersion: string): Promise<Json[]> {
    return this.list('list database flags', 'flags', { databaseVersion });
  }
  databases(project: string, name: string): Promise<Json[]> {
    return this.list('list databases', `projects/${enc(project)}/instances/${enc(name)}/databases`);
  }
  users(project: string, name: string): Promise<Json[]> {
    return this.list('list users', `projects/${enc(project)}/instances/${enc(name)}/users`);
  }
  operations(project: string, instance: string): Promise<Json[]> {
    return this.list('list operations', `projects/${enc(project)}/operations`, { instance });
  }
  operation(project: string, operation: string, what: string): Promise<Json> {
    return this.call(what, `projects/${enc(project)}/operations/${enc(operation)}`);
  }

  /**
   * instances.patch over REST: the body is canonical JSON, sent as is, so a complete list that
   * is empty (`settings.databaseFlags: []`, no authorized networks) reaches the API and clears
   * what the instance had; omitting the field would keep it.
   */
  patchInstance(project: string, name: string, body: Json, deadline: number): Promise<Json> {
    return withRetry(
      this,
      `update instance ${name}`,
      () => this.request('PATCH', `projects/${enc(project)}/instances/${enc(name)}`, {}, body),
      deadline,
    );
  }
}

const enc = encodeURIComponent;

/** Polls an operation until DONE: backoff from ~1 s, a progress line with elapsed time. */
export async function waitForOperation(
  rest: SqlAdminRest,
  project: string,
  operation: string,
  what: string,
  timeoutMs: number,
): Promise<Json> {
  const started = Date.now();
  let delay = rest.options.pollInitialMs ?? 1000;
  let lastLine = 0;
  for (;;) {
    const op = await rest.operation(project, operation, `${what} (polling)`);
    if (String(op.status) === 'DONE') {
      const errors = ((op.error as Json | undefined)?.errors ?? []) as Json[];
      if (errors.length) {
        throw new CloudSqlApiError(
          `${what} failed: ${errors.map((x) => `${String(x.code ?? '')} ${String(x.message ?? '')}`.trim()).join('; ')}`,
          undefined,
        );
      }
      rest.options.onProgress?.(`${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return op;
    }
    const elapsed = Date.now() - started;
    if (elapsed > timeoutMs) {
      throw new OperationTimeoutError(
        `${what}: operation ${operation} is still ${String(op.status)} after ${Math.round(elapsed / 1000)} s (timeout). It keeps running on Google's side; run apply again to wait for it.`,
      );
    }
    if (elapsed - lastLine >= 10_000 || lastLine === 0) {
      rest.options.onProgress?.(
        `${what}: ${String(op.status)}, ${(elapsed / 1000).toFixed(0)} s elapsed`,
      );
      lastLine = elapsed || 1;
    }
    await sleep(Math.min(delay, Math.max(0, timeoutMs - elapsed) + 50));
    delay = Math.min(delay * 1.5, 10_000);
  }
}
