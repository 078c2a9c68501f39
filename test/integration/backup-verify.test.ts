/**
 * backup-verify on real servers: real pg_dump / pg_restore where a pg_dump of the server's major
 * exists on this machine (else the test proves the clear "needs pg_dump N" failure), tricky
 * types, tampering caught and located, identical databases passing, a broken archive failing
 * cleanly, and the cross-major comparison with the version-independent hash.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { demoBackupReport } from '../../src/backup/demo.js';
import { backupVerifyReport } from '../../src/backup/report.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { findPgTools, PgToolsError } from '../../src/backup/pg-tools.js';
import { backupVerify, compareDatabases } from '../../src/backup/verify.js';
import { SCRATCH_PREFIX } from '../../src/backup/dump-restore.js';
import { EXAMPLE_CONFIG, FIXTURES, ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/cli.js';
import {
  createTestDatabase,
  testServers,
  type TestDatabase,
  type TestServer,
} from '../helpers/pg.js';

const ROLE = `pgci_bv_${randomBytes(3).toString('hex')}`;
const TRACK_ROWS = 50_000;
const CHUNK_ROWS = 10_000;

async function sql(url: string, text: string): Promise<pg.QueryResult[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(text);
    return Array.isArray(r) ? r : [r];
  } finally {
    await c.end();
  }
}

async function loadFixture(db: TestDatabase): Promise<void> {
  const text = (await readFile(join(FIXTURES, 'backup/tricky.sql'), 'utf8')).replaceAll(
    '{{ROLE}}',
    ROLE,
  );
  await sql(
    db.url,
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}') THEN CREATE ROLE ${ROLE}; END IF; END $$;`,
  );
  await sql(db.url, text);
  await sql(
    db.url,
    `CREATE TABLE music.track (id bigint PRIMARY KEY, artist_id bigint, title text, length_s real, added timestamptz);
     INSERT INTO music.track SELECT g, 1 + g % 4, 'track ' || g, g / 3.0, timestamptz '2020-01-01' + g * interval '1 minute'
       FROM generate_series(1, ${TRACK_ROWS}) g;
     ANALYZE music.track;`,
  );
}

/** A copy of `db` on the same server (CREATE DATABASE … TEMPLATE), for tampering. */
async function cloneDatabase(server: TestServer, db: TestDatabase): Promise<TestDatabase> {
  const copy = await createTestDatabase(server, 'pgci_bv_copy');
  await sql(server.url, `DROP DATABASE "${copy.name}"`);
  await sql(server.url, `CREATE DATABASE "${copy.name}" TEMPLATE "${db.name}"`);
  return copy;
}

async function scratchDatabases(server: TestServer): Promise<string[]> {
  const [r] = await sql(
    server.url,
    `SELECT datname FROM pg_database WHERE datname LIKE '${SCRATCH_PREFIX}%'`,
  );
  return r!.rows.map((x: { datname: string }) => x.datname);
}

const servers = testServers();

/** Each server's major and, where no pg_dump of that major exists here, why (known before collecting). */
const tooling = await Promise.all(
  servers.map(async (server) => {
    const major =
      server.major ??
      Math.floor(
        Number(
          (await sql(server.url, `SELECT current_setting('server_version_num') AS v`))[0]!.rows[0]
            .v,
        ) / 10000,
      );
    try {
      await findPgTools(major);
      return { server, major, toolsError: '' };
    } catch (err) {
      if (!(err instanceof PgToolsError)) throw err;
      return { server, major, toolsError: err.message };
    }
  }),
);

describe.each(tooling.map((t) => [t.major, t] as const))(
  'PostgreSQL %s',
  (major, { server, toolsError }) => {
    let db: TestDatabase;
    const haveTools = !toolsError;
    beforeAll(async () => {
      db = await createTestDatabase(server, 'pgci_bv');
      await loadFixture(db);
    }, 120_000);
    afterAll(() => db.drop());

    /** A test that needs pg_dump of this major: skipped, with the reason in its name, without one. */
    const withTools = (name: string, body: () => Promise<void>, timeout = 120_000) =>
      haveTools ? it(name, body, timeout) : it.skip(`${name} (skipped: ${toolsError})`, body);

    withTools('dumps, restores and proves the tricky-type database equal', async () => {
      const before = await scratchDatabases(server);
      const r = await backupVerify({
        sourceUrl: db.url,
        chunkRows: CHUNK_ROWS,
        targets: { rtoMinutes: 30, rpoHours: 24 },
      });
      expect(r.error).toBeUndefined();
      expect(r.schemaDifferences).toEqual([]);
      expect(r.tables.filter((t) => !t.equal)).toEqual([]);
      expect(r.ok).toBe(true);
      expect(r.snapshot).toBe(true);
      expect(r.hash).toBe('fast');
      const names = r.tables.map((t) => t.name);
      for (const t of [
        'music.artist',
        'music.play_log',
        'music.listen_2023',
        'music.listen_2024',
        'music.session_cache',
        'music.album_stats',
        'music.track',
        'music.empty_table',
      ])
        expect(names).toContain(t);
      expect(r.tables.find((t) => t.name === 'music.track')).toMatchObject({
        rows: TRACK_ROWS,
        restoredRows: TRACK_ROWS,
        chunks: 5,
      });
      expect(r.tables.find((t) => t.name === 'music.play_log')!.rows).toBe(3);
      expect(r.skipped).toContainEqual({
        name: 'music.listen',
        reason: expect.stringContaining('partitioned'),
      });
      expect(r.largeObjects).toEqual({ rows: 2, restoredRows: 2, equal: true });
      expect(r.archive!.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.restoreSeconds).toBeGreaterThan(0);
      expect(r.targets).toMatchObject({ rpoOk: true, rtoOk: true });
      expect(r.scratchDatabase!.dropped).toBe(true);
      expect(await scratchDatabases(server)).toEqual(before);
    });

    withTools(
      'directory format with --jobs, encrypted, strict, through the CLI as JSON',
      async () => {
        const dir = await mkdtemp(join(tmpdir(), 'pgci-bv-keep-'));
        try {
          const key = randomBytes(32).toString('hex');
          const r = await runCli(
            [
              'backup-verify',
              '-d',
              db.url,
              '--dump-format',
              'directory',
              '--jobs',
              '2',
              '--encryption-key-env',
              'BV_KEY',
              '--strict',
              '--keep-archive',
              dir,
              '--chunk-rows',
              String(CHUNK_ROWS),
              '--format',
              'json',
            ],
            { BV_KEY: key },
          );
          expect(r.stderr).not.toContain(key);
          const out = JSON.parse(r.stdout);
          expect(out.error).toBeUndefined();
          expect(r.code).toBe(0);
          expect(out).toMatchObject({
            ok: true,
            strict: true,
            archive: { format: 'directory', encrypted: true, roundTrip: true },
          });
          expect(Object.keys(out)).toEqual(
            expect.arrayContaining([
              'ok',
              'restoreSeconds',
              'backupAgeHours',
              'tables',
              'schemaDifferences',
            ]),
          );
          expect(out.tables[0]).toEqual(
            expect.objectContaining({
              name: expect.any(String),
              rows: expect.any(Number),
              equal: true,
              firstMismatch: null,
            }),
          );
          // The kept archive is encrypted: no pg_dump header in its files.
          const kept = join(dir, (await readdir(dir))[0]!);
          const toc = await readFile(join(kept, 'toc.dat'));
          expect(toc.subarray(0, 8).toString()).toBe('PGCIAES1');
          // And it verifies again, decrypted, as an existing archive.
          const again = await backupVerify({
            sourceUrl: db.url,
            archive: kept,
            encryptionKey: key,
          });
          expect(again.error).toBeUndefined();
          expect(again.ok).toBe(true);
          expect(again.backupAgeHours).toBeGreaterThanOrEqual(0);
          expect(again.archive!.createdAt).toMatch(/^\d{4}-/);
          const wrong = await backupVerify({
            sourceUrl: db.url,
            archive: kept,
            encryptionKey: randomBytes(32).toString('hex'),
          });
          expect(wrong.ok).toBe(false);
          expect(wrong.error).toContain('wrong key or the archive was altered');
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
      180_000,
    );

    withTools(
      'an archive that does not restore fails clearly and leaves no scratch database',
      async () => {
        const dir = await mkdtemp(join(tmpdir(), 'pgci-bv-bad-'));
        try {
          const bad = join(dir, 'broken.pgdump');
          await writeFile(bad, 'PGDMP this is not really an archive');
          const before = await scratchDatabases(server);
          const r = await runCli([
            'backup-verify',
            '-d',
            db.url,
            '--archive',
            bad,
            '--format',
            'json',
          ]);
          expect(r.code).toBe(1);
          const out = JSON.parse(r.stdout);
          expect(out.ok).toBe(false);
          expect(out.error).toMatch(/^pg_restore failed: .*pg_restore/);
          expect(out.scratchDatabase.dropped).toBe(true);
          expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
          expect(await scratchDatabases(server)).toEqual(before);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    );

    withTools(
      'a cancelled run (SIGTERM) still drops its scratch database and its archive',
      async () => {
        const before = await scratchDatabases(server);
        const workDirs = async () =>
          (await readdir(tmpdir())).filter((f) => f.startsWith('pgci-backup-')).sort();
        const dirsBefore = await workDirs();
        const child = spawn(
          process.execPath,
          [join(ROOT, 'dist/cli/index.js'), 'backup-verify', '-d', db.url],
          {
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const exited = new Promise<number | null>((resolve) =>
          child.on('exit', (code) => resolve(code)),
        );
        // Wait until the scratch database exists, then cancel as a runner does.
        for (let i = 0; i < 400; i++) {
          if ((await scratchDatabases(server)).length > before.length) break;
          await new Promise((r) => setTimeout(r, 25));
        }
        expect((await scratchDatabases(server)).length).toBeGreaterThan(before.length);
        child.kill('SIGTERM');
        expect(await exited).toBe(143);
        expect(stderr).toContain('SIGTERM: dropping the scratch database pgci_verify_');
        expect(await scratchDatabases(server)).toEqual(before);
        // The archive's temporary directory is removed too.
        expect(await workDirs()).toEqual(dirsBefore);
      },
    );

    withTools('fails the gate when the restore is slower than the RTO target', async () => {
      const r = await runCli([
        'backup-verify',
        '-d',
        db.url,
        '--rto-minutes',
        '0.0001',
        '--exclude',
        'music.track',
        '--format',
        'json',
      ]);
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout);
      expect(out.tables.every((t: { equal: boolean }) => t.equal)).toBe(true);
      expect(out.targets).toMatchObject({ rtoMinutes: 0.0001, rtoOk: false });
      expect(out.skipped).toContainEqual({
        name: 'music.track',
        reason: 'excluded by configuration',
      });
    });

    it('names the pg_dump it needs when none of this major exists', async () => {
      if (haveTools) {
        await expect(
          findPgTools(major, {
            binDir: '/nonexistent',
            libRoot: '/nonexistent',
            env: { PATH: '/nonexistent' },
          }),
        ).rejects.toThrow(
          `backup-verify needs pg_dump ${major} (the server's major), found no pg_dump at all`,
        );
        return;
      }
      expect(toolsError).toMatch(
        new RegExp(
          `needs pg_dump ${major} \\(the server's major\\), found (\\d+ at \\S+|no pg_dump at all)`,
        ),
      );
      const r = await runCli(['backup-verify', '-d', db.url, '--format', 'json']);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).error).toContain(`needs pg_dump ${major}`);
      // --install-pg-tools off Ubuntu: the plan is logged, nothing is run, the error stays clear.
      const lines: string[] = [];
      await expect(
        findPgTools(major, {
          install: true,
          log: (l) => lines.push(l),
          osRelease: 'ID=debian\nVERSION_CODENAME=bookworm\n',
        }),
      ).rejects.toThrow('Automatic install runs on Ubuntu runners only');
      expect(lines.join('\n')).toContain(`apt-get install -y postgresql-client-${major}`);
    });

    describe('compare mode', () => {
      let same: TestDatabase;
      let tampered: TestDatabase;
      let r: Awaited<ReturnType<typeof compareDatabases>>;
      beforeAll(async () => {
        [same, tampered] = await Promise.all([
          cloneDatabase(server, db),
          cloneDatabase(server, db),
        ]);
        // Several tamperings, each in its own object, all to be caught and located in one run.
        await sql(
          tampered.url,
          `UPDATE music.track SET title = 'tampered' WHERE id = 37777;
           DELETE FROM music.album WHERE id = 250;
           INSERT INTO music.play_log VALUES ('precise', NULL, NULL), ('precise', NULL, NULL);
           UPDATE music.artist SET rating = 0 WHERE name = 'negative zero';
           DROP INDEX music.album_title_idx;
           SELECT setval('music.ticket_seq', 500);
           ALTER TABLE music.album ALTER COLUMN title SET DEFAULT 'unknown';
           REVOKE SELECT ON music.artist FROM ${ROLE};
           ALTER TABLE music.session_cache OWNER TO CURRENT_USER;
           SELECT lo_put((SELECT min(oid) FROM pg_largeobject_metadata), 0, '\\x00');`,
        );
        r = await compareDatabases(db.url, tampered.url, { chunkRows: CHUNK_ROWS });
      }, 120_000);
      afterAll(() => Promise.all([same?.drop(), tampered?.drop()]));
      const table = (name: string) => r.tables.find((x) => x.name === name)!;

      it('passes identical databases', async () => {
        const ok = await compareDatabases(db.url, same.url, { chunkRows: CHUNK_ROWS });
        expect(ok.error).toBeUndefined();
        expect(ok.schemaDifferences).toEqual([]);
        expect(ok.tables.filter((t) => !t.equal)).toEqual([]);
        expect(ok.ok).toBe(true);
      });

      it('catches one changed row in the large table and locates it to its key', () => {
        expect(r.ok).toBe(false);
        expect(table('music.track')).toMatchObject({
          equal: false,
          rows: TRACK_ROWS,
          restoredRows: TRACK_ROWS,
        });
        expect(table('music.track').firstMismatch).toBe('row id=37777 differs in id 30001–40000');
      });

      it('catches one missing row', () => {
        expect(table('music.album')).toMatchObject({ equal: false, rows: 500, restoredRows: 499 });
        expect(table('music.album').firstMismatch).toBe(
          '500 rows in the source, 499 in the target; row id=250 missing in the target',
        );
      });

      it('catches a duplicated row in a table without a key (a XOR would miss it)', () => {
        expect(table('music.play_log').equal).toBe(false);
        expect(table('music.play_log').firstMismatch).toMatch(
          /appears 1× in the source and 3× in the target/,
        );
      });

      it('catches a float -0 turned into 0', () => {
        expect(table('music.artist').equal).toBe(false);
        expect(table('music.artist').firstMismatch).toBe('row id=2 differs');
      });

      it('leaves the untouched tables equal', () => {
        const differing = r.tables.filter((t) => !t.equal).map((t) => t.name);
        expect(differing.sort()).toEqual([
          'music.album',
          'music.artist',
          'music.play_log',
          'music.track',
        ]);
      });

      it('catches a missing index, a changed sequence value and a changed column default', () => {
        const texts = r.schemaDifferences.map((d) => d.text);
        expect(texts).toContainEqual(
          expect.stringMatching(
            /^index music\.album_title_idx: missing in the target \(source: "CREATE INDEX album_title_idx/,
          ),
        );
        expect(texts).toContain(
          'sequence music.ticket_seq: value "105" in the source, "500" in the target',
        );
        expect(texts).toContain(
          `column music.album.title: default "'untitled'::text" in the source, "'unknown'::text" in the target`,
        );
      });

      it('renders the PR section: differing tables first, then the schema differences', () => {
        const report = backupVerifyReport(r);
        expect(report.status).toBe('fail');
        expect(report.summary).toMatch(/4 differ, 5 schema difference\(s\)/);
        const md = renderMarkdown([report]);
        expect(md).toContain(
          '| music.track | 50000 | 50000 | ❌ | row id=37777 differs in id 30001–40000 |',
        );
        expect(md).toContain('**Schema differences (5)**');
        expect(md).toContain('Not compared: `music.listen` (partitioned table');
      });

      it('catches a changed grant, owner and large object', () => {
        const texts = r.schemaDifferences.map((d) => d.text).join('\n');
        expect(texts).toMatch(/table music\.artist: grants .* in the source/);
        expect(texts).toMatch(
          /table music\.session_cache: owner "pgci_bv_[0-9a-f]+" in the source/,
        );
        expect(r.largeObjects).toMatchObject({ equal: false });
        expect(r.schemaDifferences).toHaveLength(5);
      });
    });
  },
);

const [s15, s17] = [servers.find((s) => s.major === 15), servers.find((s) => s.major === 17)];
(s15 && s17 ? describe : describe.skip)('across majors (15 → 17)', () => {
  it('compares with the version-independent hash and finds them equal', async () => {
    const a = await createTestDatabase(s15!, 'pgci_bv_x');
    const b = await createTestDatabase(s17!, 'pgci_bv_x');
    try {
      const ddl = `CREATE TABLE t (id int PRIMARY KEY, f float8, j jsonb, ts timestamptz, b bytea, a text[]);
        INSERT INTO t SELECT g, g / 7.0, jsonb_build_object('g', g, 'h', ARRAY[g]), timestamptz '2024-01-01' + g * interval '1 hour', int4send(g), ARRAY['x' || g] FROM generate_series(1, 5000) g;
        INSERT INTO t VALUES (0, '-0', '{}', 'infinity', '\\x', '{}'), (-1, 'NaN', 'null', NULL, NULL, NULL);`;
      await sql(a.url, ddl);
      await sql(b.url, ddl);
      const r = await compareDatabases(a.url, b.url);
      expect(r.hash).toBe('portable');
      expect(r.tables).toEqual([
        expect.objectContaining({ name: 'public.t', rows: 5002, equal: true }),
      ]);
      expect(r.ok).toBe(true);
      await sql(b.url, `UPDATE t SET f = 0 WHERE id = 0`);
      const changed = await compareDatabases(a.url, b.url);
      expect(changed.tables[0]!.firstMismatch).toBe('row id=0 differs');
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
  });
});

describe('usage', () => {
  it('refuses compare mode without a target', async () => {
    const r = await runCli(['backup-verify', '--source', 'postgres://x@127.0.0.1/db']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('compare mode needs both --source and --target');
  });
  it('refuses a missing encryption key variable without a stack', async () => {
    const r = await runCli([
      'backup-verify',
      '-d',
      'postgres://x@127.0.0.1/db',
      '--encryption-key-env',
      'NOPE_KEY',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the encryption key variable NOPE_KEY is not set');
  });
});

describe('dist/backup-verify as a runner runs it', () => {
  const exec = promisify(execFile);
  const info = tooling.find((t) => !t.toolsError) ?? tooling[0]!;
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase(info.server, 'pgci_bv_dist');
    await sql(
      db.url,
      `CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 1000) g;`,
    );
    dir = await mkdtemp(join(tmpdir(), 'pgci-bv-runner-'));
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary'), '');
  });
  afterAll(async () => {
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  async function runAction(inputs: Record<string, string>) {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    try {
      const r = await exec(process.execPath, [join(ROOT, 'dist/backup-verify/index.js')], {
        env,
        cwd: ROOT,
      });
      return { code: 0, ...r };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('compare mode: equal databases pass, the password never reaches the log', async () => {
    const r = await runAction({
      'source-url': db.url,
      'target-url': db.url,
      'install-pg-tools': 'false',
    });
    expect(r.code).toBe(0);
    // Registered as secrets (::add-mask::) first, and nowhere else in the log or the report.
    const password = new URL(db.url).password;
    const unmasked = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(unmasked.join('\n')).not.toContain(password);
    expect(r.stdout).toContain(`::add-mask::${password}`);
    expect(await readFile(join(dir, 'pgci-reports/backup-verify.json'), 'utf8')).not.toContain(
      password,
    );
    const report = JSON.parse(await readFile(join(dir, 'pgci-reports/backup-verify.json'), 'utf8'));
    expect(report).toMatchObject({
      check: 'backup-verify',
      status: 'pass',
      data: { ok: true, mode: 'compare' },
    });
    expect(await readFile(join(dir, 'output'), 'utf8')).toMatch(/^ok<<.*\ntrue\n/m);
    expect(await readFile(join(dir, 'summary'), 'utf8')).toContain('Backup verification');
  });

  it('backup mode: verifies, or fails naming the pg_dump it needs', async () => {
    const r = await runAction({
      'database-url': db.url,
      'rto-minutes': '30',
      'install-pg-tools': 'false',
    });
    const report = JSON.parse(await readFile(join(dir, 'pgci-reports/backup-verify.json'), 'utf8'));
    if (info.toolsError) {
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        `::error::backup-verify: backup-verify needs pg_dump ${info.major}`,
      );
    } else {
      expect(r.code).toBe(0);
      expect(report.data).toMatchObject({
        ok: true,
        mode: 'backup',
        tables: [{ name: 'public.t', rows: 1000, equal: true }],
      });
    }
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads the targets from the config, and refuses a key written in the file', async () => {
    const r = await runCli([
      'backup-verify',
      '--source',
      db.url,
      '--target',
      db.url,
      '-c',
      EXAMPLE_CONFIG,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).targets).toMatchObject({ rpoHours: 24, rtoMinutes: 30 });
    const config = join(dir, 'pgci.yml');
    await writeFile(
      config,
      'version: 1\nbackup:\n  encryptionKey: 0123456789abcdef0123456789abcdef\n',
    );
    const bad = await runCli([
      'backup-verify',
      '--source',
      db.url,
      '--target',
      db.url,
      '-c',
      config,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('backup.encryptionKey must be a ${ENV_VAR} reference to a secret');
    expect(bad.stderr).not.toContain('0123456789abcdef');
  });

  it('pgci demo backup section runs where pg_dump matches, and says why not elsewhere', async () => {
    const name = `pgci_bv_demo_${randomBytes(3).toString('hex')}`;
    await sql(info.server.url, `CREATE DATABASE ${name}`);
    const u = new URL(info.server.url);
    u.pathname = `/${name}`;
    try {
      const report = await demoBackupReport(u.toString(), info.major, () => undefined);
      if (info.toolsError)
        expect(report).toMatchObject({
          status: 'skip',
          summary: expect.stringContaining(`needs pg_dump ${info.major}`),
        });
      else expect(report).toMatchObject({ status: 'pass', data: { ok: true } });
    } finally {
      await sql(info.server.url, `DROP DATABASE IF EXISTS music_library_demo WITH (FORCE)`);
      await sql(info.server.url, `DROP DATABASE ${name} WITH (FORCE)`);
    }
  });
});
