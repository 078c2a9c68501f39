/**
 * SCRAM-SHA-256 verifiers (RFC 5802/7677, as PostgreSQL stores them in pg_authid): so apply
 * sends a verifier instead of the clear password (it never reaches the server's logs), and
 * plan can tell whether a stored password already matches the one in the environment.
 */
import {
  createHash,
  createHmac,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);

const ITERATIONS = 4096;

// PostgreSQL applies SASLprep; NFKC covers what a config password realistically holds.
const prepare = (password: string) => password.normalize('NFKC');

function keysFrom(salted: Buffer) {
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return { storedKey, serverKey };
}

function keys(password: string, salt: Buffer, iterations: number) {
  return keysFrom(pbkdf2Sync(prepare(password), salt, iterations, 32, 'sha256'));
}

/** `SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>` for a password. */
export function scramVerifier(password: string, salt = randomBytes(16)): string {
  const { storedKey, serverKey } = keys(password, salt, ITERATIONS);
  return `SCRAM-SHA-256$${ITERATIONS}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** A stored SCRAM verifier's parts; undefined for md5 or none. */
function parse(stored: string | null) {
  const m = stored ? /^SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):(.+)$/.exec(stored) : null;
  return m
    ? {
        iterations: Number(m[1]),
        salt: Buffer.from(m[2]!, 'base64'),
        storedKey: Buffer.from(m[3]!, 'base64'),
      }
    : undefined;
}

const same = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

/** True when `stored` (a pg_authid.rolpassword) is a verifier of `password`. */
export function verifierMatches(stored: string | null, password: string): boolean {
  const v = parse(stored);
  // An md5 verifier is md5(password || username): the caller cannot check it without the
  // user name, and md5 is worth replacing anyway.
  if (!v) return false;
  return same(v.storedKey, keys(password, v.salt, v.iterations).storedKey);
}

/**
 * verifierMatches off the main thread (libuv's pool): plan checks every role's password at
 * once while it reads the databases, instead of 4096 PBKDF2 rounds per role in a row.
 */
export async function verifierMatchesAsync(
  stored: string | null,
  password: string,
): Promise<boolean> {
  const v = parse(stored);
  if (!v) return false;
  const salted = await pbkdf2Async(prepare(password), v.salt, v.iterations, 32, 'sha256');
  return same(v.storedKey, keysFrom(salted).storedKey);
}
