/**
 * SCRAM-SHA-256 verifiers (RFC 5802/7677, as PostgreSQL stores them in pg_authid): so apply
 * sends a verifier instead of the clear password (it never reaches the server's logs), and
 * plan can tell whether a stored password already matches the one in the environment.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

const ITERATIONS = 4096;

function keys(password: string, salt: Buffer, iterations: number) {
  // PostgreSQL applies SASLprep; NFKC covers what a config password realistically holds.
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return { storedKey, serverKey };
}

/** `SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>` for a password. */
export function scramVerifier(password: string, salt = randomBytes(16)): string {
  const { storedKey, serverKey } = keys(password, salt, ITERATIONS);
  return `SCRAM-SHA-256$${ITERATIONS}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** True when `stored` (a pg_authid.rolpassword) is a verifier of `password`. */
export function verifierMatches(stored: string | null, password: string): boolean {
  const m = stored ? /^SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):(.+)$/.exec(stored) : null;
  if (!m) {
    // An md5 verifier is md5(password || username): the caller cannot check it without the
    // user name, and md5 is worth replacing anyway.
    return false;
  }
  const { storedKey } = keys(password, Buffer.from(m[2]!, 'base64'), Number(m[1]));
  const expected = Buffer.from(m[3]!, 'base64');
  return expected.length === storedKey.length && timingSafeEqual(expected, storedKey);
}
