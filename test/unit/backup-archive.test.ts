/** The archive at rest: sha256 of files and directories, AES-256-GCM round trips and refusals. */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ArchiveError,
  decryptArchive,
  decryptFile,
  encryptArchive,
  encryptFile,
  sha256Archive,
} from '../../src/backup/archive.js';
import { ubuntuInstallCommands } from '../../src/backup/pg-tools.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgci-archive-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('sha256Archive', () => {
  it('hashes a file like sha256sum and a directory by its files', async () => {
    await writeFile(join(dir, 'f'), 'abc');
    expect(await sha256Archive(join(dir, 'f'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const d = join(dir, 'd');
    await mkdir(d);
    await writeFile(join(d, 'toc.dat'), 'toc');
    await writeFile(join(d, '3001.dat.gz'), 'data');
    const before = await sha256Archive(d);
    await writeFile(join(d, '3001.dat.gz'), 'datA');
    expect(await sha256Archive(d)).not.toBe(before);
  });
});

describe('AES-256-GCM', () => {
  const plain = randomBytes(300_000);

  it.each([
    ['64 hex digits', randomBytes(32).toString('hex')],
    ['base64 of 32 bytes', randomBytes(32).toString('base64')],
    ['a passphrase', 'correct horse battery staple'],
  ])('round-trips with %s', async (_kind, key) => {
    await writeFile(join(dir, 'p'), plain);
    await encryptFile(join(dir, 'p'), join(dir, 'e'), key);
    const enc = await readFile(join(dir, 'e'));
    expect(enc.subarray(0, 8).toString()).toBe('PGCIAES1');
    expect(enc.length).toBe(plain.length + 8 + 16 + 12 + 16);
    expect(enc.includes(plain.subarray(1000, 1100))).toBe(false);
    await decryptFile(join(dir, 'e'), join(dir, 'd'), key);
    expect((await readFile(join(dir, 'd'))).equals(plain)).toBe(true);
  });

  it('refuses a wrong key and a changed byte', async () => {
    const key = randomBytes(32).toString('hex');
    await writeFile(join(dir, 'p'), plain);
    await encryptFile(join(dir, 'p'), join(dir, 'e'), key);
    await expect(
      decryptFile(join(dir, 'e'), join(dir, 'd'), randomBytes(32).toString('hex')),
    ).rejects.toThrow('wrong key or the archive was altered');
    const enc = await readFile(join(dir, 'e'));
    enc[5000]! ^= 1;
    await writeFile(join(dir, 'e'), enc);
    await expect(decryptFile(join(dir, 'e'), join(dir, 'd'), key)).rejects.toThrow(ArchiveError);
  });

  it('refuses a short key and a file that is not encrypted', async () => {
    await writeFile(join(dir, 'p'), 'x');
    await expect(encryptFile(join(dir, 'p'), join(dir, 'e'), 'short')).rejects.toThrow(
      'The encryption key is too short',
    );
    await writeFile(join(dir, 'n'), 'PGDMP not encrypted at all, just long enough to read');
    await expect(decryptFile(join(dir, 'n'), join(dir, 'd'), 'x'.repeat(20))).rejects.toThrow(
      'not a pgci encrypted archive',
    );
  });

  it('encrypts a directory archive file by file', async () => {
    const key = randomBytes(32).toString('hex');
    const d = join(dir, 'dump');
    await mkdir(d);
    await writeFile(join(d, 'toc.dat'), plain.subarray(0, 100));
    await writeFile(join(d, '3001.dat.gz'), plain);
    await encryptArchive(d, join(dir, 'enc'), key);
    await decryptArchive(join(dir, 'enc'), join(dir, 'back'), key);
    expect(await sha256Archive(join(dir, 'back'))).toBe(await sha256Archive(d));
  });
});

describe('installing pg_dump on Ubuntu', () => {
  it('adds the PostgreSQL apt repository for the codename and installs the major', () => {
    const commands = ubuntuInstallCommands(17, 'noble').map((c) => c.join(' '));
    expect(commands.join('\n')).toContain('apt.postgresql.org/pub/repos/apt noble-pgdg main');
    expect(commands.at(-1)).toBe('apt-get install -y postgresql-client-17');
  });
});
