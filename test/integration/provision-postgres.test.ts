/**
 * The postgres target end to end on the real test servers (15 and 17): create from nothing,
 * a second apply that sends no statement at all, updates of each field family, refusals,
 * concurrent applies, bad credentials. Names carry a per-file prefix (roles are cluster-wide).
 */
import pg from 'pg';
import { provision } from '../../src/provision/provision.js';
import { applyPostgres, planPostgres } from '../../src/postgres/sql-provision.js';
import { loadProvisionConfig } from '../../src/provision/provision.js';
import { runCli } from '../helpers/cli.js';
import { testServers } from '../helpers/pg.js';
import {
  configWorkspace,
  dropPrefixed,
  PASSWORDS,
  smallConfig,
  type ConfigWorkspace,
} from '../helpers/provision.js';

const M1 = `CREATE TABLE artists (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);`;
const M2 = `CREATE TABLE albums (id bigserial PRIMARY KEY, artist_id bigint REFERENCES artists (id), title text);`;

async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

function dbUrl(url: string, db: string, user?: string, password?: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  if (user) u.username = user;
  if (password !== undefined) u.password = password;
  return u.toString();
}

describe.each(testServers().map((s) => [s.major ?? 'url', s] as const))(
  'postgres target on PostgreSQL %s',
  (_major, server) => {
    let ws: ConfigWorkspace;
    let p: string;
    const env = { ...PASSWORDS };
    beforeEach(async () => {
      ws = await configWorkspace();
      p = ws.p;
      await ws.migration('001.do.artists.sql', M1);
      await ws.migration('002.do.albums.sql', M2);
      await ws.write(smallConfig(p));
    });
    afterEach(async () => {
      await dropPrefixed(server.url, p);
      await ws.remove();
    });

    const run = async (
      mode: 'plan' | 'apply',
      extra: Partial<Parameters<typeof provision>[1]> = {},
    ) => {
      const statements: string[] = [];
      const r = await provision(mode, {
        configFile: ws.file,
        databaseUrl: server.url,
        env,
        onStatement: (s) => statements.push(s.sql),
        ...extra,
      });
      return { ...r, statements };
    };

    it('creates everything from nothing, and a second apply sends no statement', async () => {
      const first = await run('apply');
      expect(first.report.status).toBe('pass');
      expect(first.outputs.changed).toBe('true');
      expect(first.statements.some((s) => s.startsWith('CREATE DATABASE'))).toBe(true);
      // Verifiers, never clear passwords, and never in the statement log.
      const joined = JSON.stringify(first);
      for (const secret of Object.values(PASSWORDS)) expect(joined).not.toContain(secret);
      expect(
        first.statements
          .filter((s) => s.includes('PASSWORD'))
          .every((s) => s.includes('[redacted]')),
      ).toBe(true);

      const app = `${p}_app`;
      // The app role logs in with its password from the environment and can use the tables.
      const appUrl = dbUrl(server.url, app, app, PASSWORDS.PGCI_TEST_APP_PASSWORD);
      const rows = await query<{ ok: boolean; owner: string; st: string }>(
        appUrl,
        `SELECT has_table_privilege('public.albums', 'INSERT') AS ok,
                (SELECT tableowner FROM pg_tables WHERE tablename = 'albums') AS owner,
                current_setting('statement_timeout') AS st`,
      );
      expect(rows[0]).toEqual({ ok: true, owner: `${p}_owner`, st: '5s' });
      const admin = await query<{ ext: string; versions: string; members: string; limit: number }>(
        dbUrl(server.url, app),
        `SELECT (SELECT string_agg(extname, ',') FROM pg_extension WHERE extname = 'pg_trgm') AS ext,
                (SELECT string_agg(version::text, ',' ORDER BY version) FROM pgci.schemaversion) AS versions,
                (SELECT string_agg(r.rolname, ',') FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                  JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = $1) AS members,
                (SELECT rolconnlimit FROM pg_roles WHERE rolname = $1) AS limit`,
        [`${p}_migrator`],
      );
      expect(admin[0]).toEqual({
        ext: 'pg_trgm',
        versions: '0,1,2',
        members: `${p}_owner`,
        limit: 2,
      });
      // The app cannot touch the migration record.
      const own = await query<{ ok: boolean }>(
        appUrl,
        `SELECT has_table_privilege('pgci.schemaversion', 'INSERT') AS ok`,
      ).catch(() => [{ ok: false }]);
      expect(own[0]!.ok).toBe(false);

      // An event trigger in the database records any DDL the second apply might run.
      await query(
        dbUrl(server.url, app),
        `
        CREATE TABLE ddl_seen (tag text);
        CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS
          $$ BEGIN INSERT INTO ddl_seen VALUES (tg_tag); END $$;
        CREATE EVENT TRIGGER note_ddl ON ddl_command_end EXECUTE FUNCTION note_ddl();`,
      );
      // (those objects belong to the superuser: grant them as the config says, then compare.)
      await query(
        dbUrl(server.url, app),
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ddl_seen TO "${app}"`,
      );
      await query(dbUrl(server.url, app), 'DELETE FROM ddl_seen');
      const second = await run('apply');
      expect(second.statements).toEqual([]);
      expect(second.mutations).toBe(0);
      expect(second.outputs.changed).toBe('false');
      expect(second.report.summary).toContain('nothing to change');
      expect(await query(dbUrl(server.url, app), 'SELECT tag FROM ddl_seen')).toEqual([]);
      await query(dbUrl(server.url, app), 'DROP EVENT TRIGGER note_ddl');
    });

    it('updates each field family and converges', async () => {
      await run('apply');
      const config = smallConfig(p);
      const roles = config.roles as Record<string, unknown>[];
      roles[2]!.connectionLimit = 20; // role attribute
      roles[2]!.memberOf = [`${p}_owner`]; // membership
      roles[2]!.grants = [
        ...(roles[2]!.grants as unknown[]),
        { database: `${p}_app`, schema: 'public', on: 'tables', privileges: ['TRUNCATE'] },
      ]; // grant
      const dbs = config.databases as Record<string, unknown>[];
      dbs[0]!.parameters = { statement_timeout: '10s', work_mem: '16MB' }; // database parameters
      dbs[0]!.extensions = ['pg_trgm', 'btree_gin']; // extension
      await ws.write(config);
      await ws.migration('003.do.tracks.sql', 'CREATE TABLE tracks (id bigserial PRIMARY KEY);'); // migration
      const newEnv = { ...env, PGCI_TEST_APP_PASSWORD: 'app-Rotated-77a1e0b9c3' }; // password

      const plan = await run('plan', { env: newEnv });
      const byResource = new Map(plan.plan.changes.map((c) => [c.resource, c]));
      const appRole = byResource.get(`role/${p}_app`)!;
      expect(appRole.action).toBe('update');
      expect(appRole.fields.map((f) => f.field).sort()).toEqual([
        'connectionLimit',
        'memberOf',
        'password',
      ]);
      expect(appRole.fields.find((f) => f.field === 'password')).toEqual({
        field: 'password',
        old: '(set)',
        new: '(from $PGCI_TEST_APP_PASSWORD)',
      });
      const db = byResource.get(`database/${p}_app`)!;
      expect(db.fields).toEqual(
        expect.arrayContaining([
          { field: 'parameters.statement_timeout', old: '5s', new: '10s' },
          { field: 'parameters.work_mem', old: null, new: '16MB' },
          { field: 'extensions', old: 'pg_trgm', new: 'pg_trgm, btree_gin' },
        ]),
      );
      expect(byResource.get(`migration/${p}_app/003.tracks`)?.action).toBe('create');
      const tables = plan.plan.changes.filter(
        (c) => c.resource === `grant/${p}_app/${p}_app/public/tables`,
      );
      expect(tables.map((c) => c.action)).toEqual(['no-op', 'update']);

      const applied = await run('apply', { env: newEnv });
      expect(applied.report.status).toBe('pass');
      const again = await run('apply', { env: newEnv });
      expect(again.statements).toEqual([]);
      const login = await query<{ ok: boolean }>(
        dbUrl(server.url, `${p}_app`, `${p}_app`, newEnv.PGCI_TEST_APP_PASSWORD),
        `SELECT has_table_privilege('public.tracks', 'TRUNCATE') AS ok`,
      );
      expect(login[0]!.ok).toBe(true);
    });

    it('refuses what it cannot do before changing anything', async () => {
      const config = smallConfig(p);
      (config.databases as Record<string, unknown>[])[0]!.extensions = ['no_such_extension'];
      (config.roles as Record<string, unknown>[])[2]!.grants = [
        { database: `${p}_app`, schema: 'public', on: 'functions', privileges: ['EXECUTE'] },
      ];
      // validate-config catches a wrong privilege; a server that lacks an extension only plan can.
      await ws.write(config);
      const plan = await run('plan');
      const refusedNotes = plan.plan.changes
        .filter((c) => c.action === 'refused')
        .map((c) => c.note);
      expect(refusedNotes).toEqual([
        expect.stringContaining('extension no_such_extension is not available'),
      ]);
      const apply = await run('apply');
      expect(apply.report.status).toBe('fail');
      expect(apply.report.summary).toMatch(/^nothing applied/);
      expect(apply.statements).toEqual([]);
      expect(
        await query(server.url, `SELECT 1 FROM pg_roles WHERE rolname = $1`, [`${p}_owner`]),
      ).toEqual([]);
      // A missing password variable refuses the role it would create.
      await ws.write(smallConfig(p));
      const noPw = await run('plan', { env: { PGCI_TEST_APP_PASSWORD: 'x-long-enough-123456' } });
      expect(noPw.plan.changes.find((c) => c.resource === `role/${p}_migrator`)).toMatchObject({
        action: 'refused',
        note: expect.stringContaining('PGCI_TEST_MIGRATOR_PASSWORD'),
      });
    });

    it('refuses a migration that was edited after it ran', async () => {
      await run('apply');
      await ws.migration('001.do.artists.sql', M1 + '\n-- edited');
      const plan = await run('plan');
      expect(plan.plan.changes.find((c) => c.resource === `migrations/${p}_app`)).toMatchObject({
        action: 'refused',
        note: expect.stringContaining('checksum'),
      });
    });

    it('serialises two applies: the second waits, or stops with a clear message', async () => {
      const config = await loadProvisionConfig(ws.file);
      const options = { url: server.url, config, configFile: ws.file, env };
      const [a, b] = await Promise.all([applyPostgres(options), applyPostgres(options)]);
      // One did the work, the other waited for the lock, re-planned and found nothing to do.
      expect([a.statements > 0, b.statements > 0].sort()).toEqual([false, true]);

      // Someone holds the lock: a short wait ends with who holds it and that nothing changed.
      const holder = new pg.Client({
        connectionString: server.url,
        application_name: 'other-apply',
      });
      await holder.connect();
      try {
        await holder.query('SELECT pg_advisory_lock($1, $2)', [0x70676369, 1]);
        await expect(applyPostgres({ ...options, lockTimeoutMs: 300 })).rejects.toThrow(
          /Another pgci apply is running .*other-apply \(pid \d+.*Nothing was changed/,
        );
      } finally {
        await holder.end();
      }
    });

    it('plan --detailed-exitcode: 2 with changes, 0 after apply; bad credentials exit 1 without the password', async () => {
      const cliEnv = { ...env };
      const plan = await runCli(
        ['plan', '-c', ws.file, '-d', server.url, '--detailed-exitcode', '-f', 'json'],
        cliEnv,
      );
      expect(plan.code).toBe(2);
      expect(JSON.parse(plan.stdout).counts.create).toBeGreaterThan(5);
      expect((await runCli(['apply', '-c', ws.file, '-d', server.url], cliEnv)).code).toBe(0);
      const after = await runCli(
        ['plan', '-c', ws.file, '-d', server.url, '--detailed-exitcode', '-f', 'markdown'],
        cliEnv,
      );
      expect(after.code).toBe(0);
      expect(after.stdout).toContain('no changes');

      const bad = new URL(server.url);
      bad.password = 'wrong-password-zz9';
      const r = await runCli(['apply', '-c', ws.file, '-d', bad.toString()], cliEnv);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('password authentication failed');
      expect(r.stderr + r.stdout).not.toContain('wrong-password-zz9');
    });

    it('refuses a bad plan as a typed error when the core is called directly', async () => {
      const config = smallConfig(p);
      (config.databases as Record<string, unknown>[])[0]!.extensions = ['no_such_extension'];
      await ws.write(config);
      const loaded = await loadProvisionConfig(ws.file);
      await expect(
        applyPostgres({ url: server.url, config: loaded, configFile: ws.file, env }),
      ).rejects.toThrow(
        /^The plan has refused changes, nothing was applied: database\/t\w+_app: extension no_such_extension/,
      );
      const planned = await planPostgres({
        url: server.url,
        config: loaded,
        configFile: ws.file,
        env,
      });
      expect(planned.plan.target).toBe('postgres');
    });
  },
);
