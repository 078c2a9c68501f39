/**
 * The database-level families on the shared servers (PG 15 and 17): a deliberately insecure
 * database where every planted problem must be found on the right object.
 */
import { createTestDatabase, testServers, type TestDatabase } from '../helpers/pg.js';
import { finding, objectsOf, scan, sql, TODAY } from '../helpers/security.js';

describe.each(testServers())('insecure objects on $url', (server) => {
  let db: TestDatabase;
  let p: string;
  beforeAll(async () => {
    db = await createTestDatabase(server, 'pgci_sec');
    p = db.name; // role names are cluster-wide: prefix them with this file's database
    await sql(
      db.url,
      `
      -- privileges
      CREATE ROLE ${p}_su SUPERUSER NOLOGIN;
      CREATE ROLE ${p}_admin NOLOGIN CREATEROLE CREATEDB BYPASSRLS;
      CREATE ROLE ${p}_chain NOLOGIN;
      GRANT ${p}_su TO ${p}_chain;
      CREATE ROLE ${p}_app LOGIN PASSWORD 'app-secret';
      GRANT ${p}_chain TO ${p}_app;
      CREATE ROLE ${p}_etl LOGIN PASSWORD 'etl-secret' CONNECTION LIMIT 5 VALID UNTIL '2030-01-01';
      GRANT pg_write_all_data TO ${p}_etl;
      GRANT pg_read_all_data TO ${p}_etl;
      GRANT CREATE ON SCHEMA public TO PUBLIC;
      CREATE SCHEMA shop;
      CREATE TABLE shop.orders (id int primary key, owner text);
      CREATE TABLE shop.prices (id int);
      GRANT SELECT ON shop.prices TO PUBLIC;
      GRANT INSERT, UPDATE ON shop.orders TO PUBLIC;
      GRANT SELECT ON shop.orders TO ${p}_etl WITH GRANT OPTION;
      ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT SELECT ON TABLES TO PUBLIC;
      CREATE POLICY own_rows ON shop.orders USING (owner = current_user);
      CREATE FUNCTION shop.reset_prices() RETURNS void LANGUAGE sql SECURITY DEFINER AS 'DELETE FROM shop.prices';
      CREATE FUNCTION shop.audit_me(int) RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT $1';
      REVOKE EXECUTE ON FUNCTION shop.audit_me(int) FROM PUBLIC;
      CREATE FUNCTION shop.safe() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS 'SELECT 1';
      REVOKE EXECUTE ON FUNCTION shop.safe() FROM PUBLIC;
      CREATE LANGUAGE ${p}_plu HANDLER plpgsql_call_handler;
      CREATE TABLE shop.app_owned (id int);
      ALTER TABLE shop.app_owned OWNER TO ${p}_app;
      -- overrides
      ALTER ROLE ${p}_app SET log_statement = 'none';
      ALTER ROLE ${p}_etl SET search_path = shop, public;
      ALTER ROLE ${p}_etl SET statement_timeout = 0;
      ALTER ROLE ${p}_app IN DATABASE ${p} SET pgaudit.log = 'none';
      -- extensions
      CREATE EXTENSION dblink;
      CREATE EXTENSION citext VERSION '1.4';
      CREATE EXTENSION postgres_fdw;
      CREATE SERVER ${p}_remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'db.invalid', dbname 'x');
      CREATE USER MAPPING FOR ${p}_etl SERVER ${p}_remote OPTIONS (user 'etl', password 'fdw-secret');
      -- authentication
      SET password_encryption = 'md5';
      CREATE ROLE ${p}_legacy LOGIN PASSWORD 'old-secret' CONNECTION LIMIT 1;
      RESET password_encryption;
      CREATE ROLE ${p}_nopass LOGIN CONNECTION LIMIT 1;
      `,
    );
  });
  afterAll(async () => {
    await db.drop();
    const roles = ['app', 'etl', 'legacy', 'nopass', 'chain', 'admin', 'su'].map(
      (r) => `${p}_${r}`,
    );
    await sql(server.url, roles.map((r) => `DROP ROLE IF EXISTS ${r};`).join('\n'));
  });

  it('finds every planted problem on the right object', async () => {
    const r = await scan({ databaseUrl: db.url, profile: 'self-hosted' });
    const fn = (sig: string) => `function:${sig}`;
    expect(objectsOf(r, 'superuser-roles')).toContain(`role:${p}_su`);
    expect(finding(r, 'elevated-attributes', `role:${p}_admin`)?.message).toMatch(
      /CREATEROLE, CREATEDB, BYPASSRLS/,
    );
    expect(objectsOf(r, 'membership-superuser')).toEqual(
      expect.arrayContaining([`role:${p}_app`, `role:${p}_chain`]),
    );
    expect(finding(r, 'membership-predefined', `role:${p}_etl->pg_write_all_data`)?.severity).toBe(
      'high',
    );
    expect(finding(r, 'membership-predefined', `role:${p}_etl->pg_read_all_data`)?.severity).toBe(
      'medium',
    );
    expect(objectsOf(r, 'public-schema-create')).toEqual(['schema:public']);
    expect(finding(r, 'public-object-grants', 'table:shop.prices')?.severity).toBe('medium');
    expect(finding(r, 'public-object-grants', 'table:shop.orders')?.severity).toBe('high');
    expect(objectsOf(r, 'default-privileges-public')).toEqual([
      expect.stringMatching(/^default-privileges:postgres\/shop\/tables$/),
    ]);
    expect(objectsOf(r, 'grant-option')).toContain(`table:shop.orders->${p}_etl`);
    expect(objectsOf(r, 'security-definer-public')).toEqual([fn('shop.reset_prices()')]);
    expect(objectsOf(r, 'security-definer-search-path')).toEqual([fn('shop.audit_me(integer)')]);
    expect(objectsOf(r, 'untrusted-language')).toEqual([`language:${p}_plu`]);
    expect(finding(r, 'login-role-owns-objects', `role:${p}_app`)?.message).toMatch(
      /owns 1 object .*shop\.app_owned/,
    );
    expect(objectsOf(r, 'policies-without-rls')).toEqual(['table:shop.orders']);
    expect(objectsOf(r, 'unlimited-connection-limit')).toContain(`role:${p}_app`);
    expect(objectsOf(r, 'unlimited-connection-limit')).not.toContain(`role:${p}_etl`);
    expect(objectsOf(r, 'statement-timeout-off')).toEqual(
      expect.arrayContaining([`role:${p}_app`, `role:${p}_etl`]),
    );
    expect(objectsOf(r, 'idle-in-transaction-timeout-off')).toContain(`role:${p}_app`);
    // overrides
    expect(objectsOf(r, 'override-weakens-logging')).toEqual(
      expect.arrayContaining([
        `override:${p}_app@*/log_statement`,
        `override:${p}_app@${p}/pgaudit.log`,
      ]),
    );
    expect(objectsOf(r, 'override-search-path')).toContain(`override:${p}_etl@*/search_path`);
    expect(objectsOf(r, 'override-disables-timeout')).toContain(
      `override:${p}_etl@*/statement_timeout`,
    );
    // extensions
    expect(finding(r, 'risky-extension', 'extension:dblink')?.severity).toBe('medium');
    expect(objectsOf(r, 'risky-extension')).toContain('extension:postgres_fdw');
    expect(finding(r, 'outdated-extension', 'extension:citext')?.message).toMatch(/at 1\.4/);
    const mapping = finding(r, 'fdw-plaintext-password', `user-mapping:${p}_etl@${p}_remote`);
    expect(mapping?.severity).toBe('high');
    expect(JSON.stringify(r)).not.toContain('fdw-secret');
    // authentication
    expect(objectsOf(r, 'md5-password-stored')).toContain(`role:${p}_legacy`);
    expect(objectsOf(r, 'login-without-password')).toContain(`role:${p}_nopass`);
    expect(objectsOf(r, 'login-without-expiry')).toEqual(
      expect.arrayContaining([`role:${p}_app`, `role:${p}_legacy`]),
    );
    expect(objectsOf(r, 'login-without-expiry')).not.toContain(`role:${p}_etl`);
    // each finding carries its catalogue data and a stable fingerprint
    const again = await scan({ databaseUrl: db.url, profile: 'self-hosted', today: TODAY });
    expect(again.findings.map((f) => f.fingerprint).sort()).toEqual(
      r.findings.map((f) => f.fingerprint).sort(),
    );
    expect(r.failed).toBe(true);
  });

  it('a role with only pg_monitor and pg_read_all_settings: what it cannot read is skipped, not passed', async () => {
    const role = `${p}_scanner`;
    await sql(
      db.url,
      `CREATE ROLE ${role} LOGIN PASSWORD 'scan-secret'; GRANT pg_monitor, pg_read_all_settings TO ${role};`,
    );
    try {
      const u = new URL(db.url);
      u.username = role;
      u.password = 'scan-secret';
      const r = await scan({ databaseUrl: u.toString(), profile: 'self-hosted' });
      const skipped = new Map(r.skipped.map((s) => [s.id, s.reason]));
      expect(skipped.get('md5-password-stored')).toMatch(
        /permission denied for (table|relation) pg_authid/,
      );
      expect(skipped.get('login-without-password')).toMatch(/permission denied/);
      for (const id of ['hba-trust', 'hba-md5', 'hba-parse-error'])
        expect(skipped.get(id)).toMatch(/permission denied/);
      expect(skipped.get('fdw-plaintext-password')).toMatch(/only a superuser/);
      // What it can read is still checked.
      expect(skipped.has('sessions-without-tls')).toBe(false);
      expect(objectsOf(r, 'security-definer-public')).toEqual(['function:shop.reset_prices()']);
      expect(objectsOf(r, 'superuser-roles')).toContain(`role:${p}_su`);
      expect(r.findings.some((f) => f.id === 'log-connections')).toBe(true);
    } finally {
      await sql(server.url, `DROP OWNED BY ${role} CASCADE; DROP ROLE ${role};`).catch(() =>
        sql(db.url, `DROP OWNED BY ${role}; DROP ROLE ${role};`),
      );
    }
  });
});
