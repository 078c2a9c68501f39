/** The connection check against real servers (15 and 17, or TEST_DATABASE_URL). */
import pg from 'pg';
import { checkConnection, connectionReport } from '../../src/postgres/connection-check.js';
import { validateConfigText } from '../../src/config/validate.js';
import { createTestDatabase, testServers, type TestDatabase } from '../helpers/pg.js';
import { runCli } from '../helpers/cli.js';

describe.each(testServers().map((s) => [s.major ?? 'given', s] as const))(
  'PostgreSQL %s',
  (_major, server) => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(server);
    });
    afterAll(() => db.drop());

    it('connects and reports version, latency and connection use', async () => {
      const facts = await checkConnection(db.url);
      expect(facts.ok).toBe(true);
      expect(Math.floor(facts.serverVersionNum! / 10000)).toBe(db.major);
      expect(facts.database).toBe(db.name);
      expect(facts.latencyMs!.samples).toBe(20);
      expect(facts.latencyMs!.median).toBeGreaterThan(0);
      expect(facts.connections!.used).toBeGreaterThanOrEqual(1);
      const report = connectionReport(facts);
      expect(report.status).toBe('pass');
      expect(report.details).toContain(`PostgreSQL ${facts.serverVersion}`);
    });

    it('compares live parameters, databases and roles with a config', async () => {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query<{ work_mem: string }>(
        `SELECT current_setting('work_mem') AS work_mem`,
      );
      await client.end();
      const config = validateConfigText(
        `version: 1\nparameters:\n  work_mem: ${rows[0]!.work_mem}\n  random_page_cost: 1.1\n  cloudsql.iam_authentication: on\ndatabases:\n  - name: ${db.name}\n  - name: not_there_yet\nroles:\n  - name: ghost_role\n`,
        'pgci.yml',
      ).config!;
      const facts = await checkConnection(db.url, config);
      const byName = Object.fromEntries(facts.parameters!.map((p) => [p.name, p.matches]));
      expect(byName).toEqual({
        work_mem: true,
        random_page_cost: false,
        'cloudsql.iam_authentication': null, // Cloud SQL only: not drift on a plain server
      });
      expect(facts.missingDatabases).toEqual(['not_there_yet']);
      expect(facts.missingRoles).toEqual(['ghost_role']);
      expect(connectionReport(facts).status).toBe('warn');
    });

    it('explains a wrong password without printing it', async () => {
      const url = new URL(db.url);
      url.password = 'wrong-Pa55word';
      const r = await runCli(['connect', '--database-url', url.toString(), '--format', 'json']);
      expect(r.code).toBe(1);
      const facts = JSON.parse(r.stdout);
      expect(facts.error).toContain('password authentication failed');
      expect(r.stdout + r.stderr).not.toContain('wrong-Pa55word');
    });
  },
);

describe('unreachable servers', () => {
  it('gives a clear message within the timeout', async () => {
    const started = Date.now();
    const r = await runCli([
      'connect',
      '--database-url',
      'postgres://u:secret@127.0.0.1:1/db',
      '--timeout',
      '1',
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('nothing is listening there');
    expect(r.stdout + r.stderr).not.toContain('secret');
  });

  it('refuses a URL that is not postgres://', async () => {
    const r = await runCli(['connect', '--database-url', 'mysql://x@y/z']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('must start with postgres://');
  });
});
