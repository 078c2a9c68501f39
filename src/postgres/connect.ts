/**
 * Opening connections: one place that knows connection URLs, redacts them for messages, retries
 * what is transient (a server still starting, a refused socket) and explains what is not.
 */
import pg from 'pg';

export interface ConnectOptions {
  /** Give up after this long, retries included (default 10 s). */
  timeoutMs?: number;
  applicationName?: string;
  /** A socket factory handed to pg (called once per attempt), e.g. a socket with `onread`. */
  stream?: () => import('node:net').Socket;
}

/** A connection failure explained for a person; carries no password. */
export class ConnectionError extends Error {
  override name = 'ConnectionError';
}

/** The URL with any password replaced, safe for logs and reports. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const key of ['password', 'sslpassword'])
      if (u.searchParams.has(key)) u.searchParams.set(key, '***');
    return u.toString();
  } catch {
    return '<unparseable database URL>';
  }
}

/** The password in a URL, so callers can register it as a secret before anything prints. */
export function urlPassword(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.password
      ? decodeURIComponent(u.password)
      : (u.searchParams.get('password') ?? undefined);
  } catch {
    return undefined;
  }
}

// SQLSTATEs and socket errors worth another try while the deadline allows.
const TRANSIENT = new Set([
  '57P03',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'EAI_AGAIN',
  'ETIMEDOUT',
]);

export async function connect(url: string, options: ConnectOptions = {}): Promise<pg.Client> {
  validateUrl(url);
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let delay = 100;
  for (;;) {
    const remaining = deadline - Date.now();
    const client = new pg.Client({
      connectionString: url,
      application_name: options.applicationName ?? 'pgci',
      connectionTimeoutMillis: Math.max(500, remaining),
      ...(options.stream ? { stream: options.stream } : {}),
    });
    try {
      await client.connect();
      return client;
    } catch (err) {
      await client.end().catch(() => undefined);
      const code = (err as { code?: string }).code ?? '';
      if (!TRANSIENT.has(code) || Date.now() + delay > deadline) throw explain(err, url);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2000);
    }
  }
}

function validateUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConnectionError(
      'The database URL is not a URL; write postgres://user:password@host:5432/dbname.',
    );
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new ConnectionError(
      `The database URL must start with postgres:// or postgresql://, not ${u.protocol}//.`,
    );
  }
}

/** Turns a pg / socket error into one sentence that says what to do. */
export function explain(err: unknown, url: string): ConnectionError {
  const e = err as { code?: string; message?: string };
  const where = redactUrl(url);
  const hints: Record<string, string> = {
    ECONNREFUSED: 'nothing is listening there; is the server running and the host/port right?',
    ENOTFOUND: 'the host name does not resolve',
    ETIMEDOUT: 'the connection timed out; check the host, firewall or authorized networks',
    '28P01': 'password authentication failed; check the user and the password secret',
    '28000': 'the server refused this user (pg_hba.conf or a missing role)',
    '3D000': 'the database does not exist',
    '57P03': 'the server is starting up or shutting down',
    '53300': 'the server has no free connection slots (max_connections reached)',
  };
  const hint = hints[e.code ?? ''] ?? scrub(e.message ?? String(err), url);
  return new ConnectionError(`Cannot connect to ${where}: ${hint}.`);
}

/** Removes the raw URL (which may hold a password) from a driver message. */
function scrub(message: string, url: string): string {
  const password = urlPassword(url);
  let out = message.split(url).join(redactUrl(url));
  if (password) out = out.split(password).join('***');
  return out.replace(/\.$/, '');
}
