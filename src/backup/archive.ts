/**
 * The archive on disk: its sha256 (a file, or every file of a directory-format dump in name
 * order) and optional AES-256-GCM encryption at rest with a key from a secret, with a decrypt
 * round-trip before anything is restored. Streams throughout: archives can be large.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Bad or unusable key, or an archive that does not decrypt (wrong key, tampered bytes). */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Files of an archive (itself, or a directory's files in name order) and their total size. */
export async function archiveFiles(path: string): Promise<{ files: string[]; bytes: number }> {
  const s = await stat(path);
  if (!s.isDirectory()) return { files: [path], bytes: s.size };
  const names = (await readdir(path)).sort();
  let bytes = 0;
  const files: string[] = [];
  for (const n of names) {
    const f = join(path, n);
    const fs = await stat(f);
    if (fs.isFile()) {
      files.push(f);
      bytes += fs.size;
    }
  }
  return { files, bytes };
}

/**
 * sha256 of a file; of a directory, the sha256 of "<name> <sha256>\n" lines (like sha256sum's
 * output) so one changed toc.dat or data file changes it.
 */
export async function sha256Archive(path: string): Promise<string> {
  const s = await stat(path);
  if (!s.isDirectory()) return sha256File(path);
  const { files } = await archiveFiles(path);
  const lines = await Promise.all(
    files.map(async (f) => `${f.slice(path.length + 1)} ${await sha256File(f)}\n`),
  );
  return createHash('sha256').update(lines.join('')).digest('hex');
}

const MAGIC = Buffer.from('PGCIAES1');
const SALT = 16;
const IV = 12;
const TAG = 16;

/**
 * The 32-byte key from the secret's text: 64 hex digits or base64 of 32 bytes are used as they
 * are; anything else is a passphrase stretched with scrypt and the file's own salt.
 */
export function deriveKey(secret: string, salt: Buffer): Buffer {
  const s = secret.trim();
  if (!s) throw new ArchiveError('The encryption key is empty; set the secret it is read from.');
  if (/^[0-9a-fA-F]{64}$/.test(s)) return Buffer.from(s, 'hex');
  const b64 = /^[A-Za-z0-9+/]{43}=$/.test(s) ? Buffer.from(s, 'base64') : undefined;
  if (b64?.length === 32) return b64;
  if (s.length < 16)
    throw new ArchiveError(
      'The encryption key is too short: give 32 random bytes (64 hex digits or base64) or a passphrase of at least 16 characters.',
    );
  return scryptSync(s, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

/** Layout: "PGCIAES1" | salt (16) | iv (12) | ciphertext | GCM tag (16). */
export async function encryptFile(input: string, output: string, secret: string): Promise<void> {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(secret, salt), iv);
  const out = createWriteStream(output);
  out.write(Buffer.concat([MAGIC, salt, iv]));
  await pipeline(createReadStream(input), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) =>
    out.end(cipher.getAuthTag(), (err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

export async function decryptFile(input: string, output: string, secret: string): Promise<void> {
  const { size } = await stat(input);
  const fd = await open(input, 'r');
  const head = Buffer.alloc(MAGIC.length + SALT + IV);
  const tag = Buffer.alloc(TAG);
  try {
    if (size < head.length + TAG)
      throw new ArchiveError(`${input} is too short to be a pgci encrypted archive.`);
    await fd.read(head, 0, head.length, 0);
    await fd.read(tag, 0, TAG, size - TAG);
  } finally {
    await fd.close();
  }
  if (!head.subarray(0, MAGIC.length).equals(MAGIC))
    throw new ArchiveError(`${input} is not a pgci encrypted archive (no PGCIAES1 header).`);
  const salt = head.subarray(MAGIC.length, MAGIC.length + SALT);
  const iv = head.subarray(MAGIC.length + SALT);
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(secret, salt), iv);
  decipher.setAuthTag(tag);
  try {
    await pipeline(
      createReadStream(input, { start: head.length, end: size - TAG - 1 }),
      decipher,
      createWriteStream(output),
    );
  } catch (err) {
    throw new ArchiveError(
      `Decrypting ${input} failed: ${/auth/i.test((err as Error).message) ? 'wrong key or the archive was altered (GCM authentication failed)' : (err as Error).message}.`,
    );
  }
}

/** Encrypts an archive (a file, or each file of a directory) into `output` (same shape). */
export async function encryptArchive(input: string, output: string, secret: string): Promise<void> {
  if (!(await stat(input)).isDirectory()) return encryptFile(input, output, secret);
  await mkdir(output, { recursive: true });
  const { files } = await archiveFiles(input);
  for (const f of files) await encryptFile(f, join(output, f.slice(input.length + 1)), secret);
}

export async function decryptArchive(input: string, output: string, secret: string): Promise<void> {
  if (!(await stat(input)).isDirectory()) return decryptFile(input, output, secret);
  await mkdir(output, { recursive: true });
  const { files } = await archiveFiles(input);
  for (const f of files) await decryptFile(f, join(output, f.slice(input.length + 1)), secret);
}
