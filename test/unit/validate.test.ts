import { readFile } from 'node:fs/promises';
import { validateConfigFile, validateConfigText } from '../../src/config/validate.js';
import { EXAMPLE_CONFIG } from '../helpers/paths.js';

const BASE = `version: 1
instance:
  name: db
  project: proj-123456
  region: us-central1
  databaseVersion: POSTGRES_15
  edition: ENTERPRISE
  tier: db-custom-2-7680
  network: { publicIp: false, privateNetwork: projects/p/global/networks/v, sslMode: ENCRYPTED_ONLY }
  backups: { enabled: true, startTime: '03:00' }
  deletionProtection: true
`;

const rules = (text: string) => {
  const r = validateConfigText(text, 'pgci.yml', { today: new Date('2026-11-27') });
  return [...r.errors, ...r.warnings, ...r.notices];
};

describe('the example config', () => {
  it('has no errors and no warnings', async () => {
    const result = await validateConfigFile(EXAMPLE_CONFIG);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.config?.instance?.tier).toBe('db-custom-2-7680');
  });

  it('reports restart-only flags as notices, each at its own line', async () => {
    const text = await readFile(EXAMPLE_CONFIG, 'utf8');
    const result = await validateConfigFile(EXAMPLE_CONFIG);
    const sharedBuffers = result.notices.find((n) => n.path === 'parameters.shared_buffers');
    expect(sharedBuffers?.rule).toBe('cloudsql-flag-restart');
    expect(text.split('\n')[sharedBuffers!.line - 1]).toContain('shared_buffers');
  });
});

describe('locations', () => {
  it('points at the key of an unknown key and suggests the right one', () => {
    const [p] = rules(BASE.replace('  deletionProtection: true', '  deletionProtecton: true'));
    expect(p).toMatchObject({
      rule: 'schema-unknown-key',
      line: 11,
      column: 3,
      path: 'instance.deletionProtecton',
    });
    expect(p!.message).toContain('Did you mean `deletionProtection`?');
  });

  it('points at the value of a wrong enum and suggests the closest', () => {
    const [p] = rules(BASE.replace('edition: ENTERPRISE', 'edition: ENTERPRSE'));
    expect(p).toMatchObject({ rule: 'schema-enum', line: 7, column: 12 });
    expect(p!.message).toContain('Did you mean ENTERPRISE?');
  });

  it('reports YAML syntax errors with line and column and checks nothing else', () => {
    const r = validateConfigText('version: 1\ninstance:\n  name: [unclosed\n', 'x.yml');
    expect(r.errors[0]).toMatchObject({ rule: 'yaml-syntax', file: 'x.yml' });
    expect(r.errors[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports duplicate keys at the second occurrence', () => {
    const r = validateConfigText(
      'version: 1\npooling:\n  mode: client\n  mode: pgbouncer\n',
      'x.yml',
    );
    expect(r.errors).toEqual([expect.objectContaining({ rule: 'yaml-duplicate-key', line: 4 })]);
  });
});

describe('rules', () => {
  it('accepts a sound base config', () => {
    expect(rules(BASE).filter((p) => p.severity !== 'notice')).toEqual([]);
  });

  it.each([
    ['db-custom-3-7680', 'cloudsql-tier-vcpu'],
    ['db-custom-2-3000', 'cloudsql-tier-memory'],
    ['db-custom-2-15000', 'cloudsql-tier-memory'],
    ['db-custom-4-40960', 'cloudsql-tier-memory'],
    ['db-n1-standard-2', 'cloudsql-tier-format'],
    ['db-perf-optimized-N-4', 'cloudsql-tier-edition'],
  ])('tier %s → %s', (tier, rule) => {
    expect(rules(BASE.replace('db-custom-2-7680', tier)).map((p) => p.rule)).toContain(rule);
  });

  it('refuses shared-core tiers on ENTERPRISE_PLUS', () => {
    const text = BASE.replace('edition: ENTERPRISE', 'edition: ENTERPRISE_PLUS').replace(
      'db-custom-2-7680',
      'db-f1-micro',
    );
    expect(rules(text).map((p) => p.rule)).toContain('cloudsql-tier-edition');
  });

  it('never repeats a plain-text password', () => {
    const text = `${BASE}roles:\n  - name: app\n    login: true\n    password: hunter2-Secret\n`;
    const found = rules(text);
    const p = found.find((x) => x.rule === 'security-plaintext-password');
    expect(p).toMatchObject({ line: 15, path: 'roles[0].password' });
    expect(JSON.stringify(found)).not.toContain('hunter2');
  });

  it('sizes pools against max_connections', () => {
    const text = `${BASE}parameters:\n  max_connections: 100\npooling:\n  mode: client\n  appInstances: 6\n  poolSize: 20\n  reservedConnections: 5\n`;
    const p = rules(text).find((x) => x.rule === 'pooling-capacity');
    expect(p?.message).toContain('6 app instances × poolSize 20 + 5 reserved = 125');
    expect(p?.message).toContain('poolSize 15 or less');
  });

  it('uses Cloud SQL’s default max_connections when none is set', () => {
    const text = `${BASE}pooling:\n  mode: client\n  appInstances: 5\n  poolSize: 50\n`;
    // db-custom-2-7680 has 7.5 GB → 400 by default; 250 fits.
    expect(rules(text).map((p) => p.rule)).not.toContain('pooling-capacity');
  });

  it('flags work_mem × max_connections beyond memory', () => {
    const text = `${BASE}parameters:\n  max_connections: 400\n  work_mem: 64MB\n`;
    expect(rules(text).map((p) => p.rule)).toContain('tuning-work-mem');
  });

  it('refuses unknown flags with a suggestion and bad units with the reason', () => {
    const found = rules(`${BASE}parameters:\n  work_mme: 8MB\n  maintenance_work_mem: 64mb\n`);
    const unknown = found.find((p) => p.rule === 'cloudsql-flag-unknown');
    expect(unknown?.message).toContain('Did you mean `work_mem`?');
    const unit = found.find((p) => p.rule === 'cloudsql-flag-value');
    expect(unit?.message).toContain("'mb' is not a memory unit");
  });

  it('finds membership cycles and unknown references', () => {
    const text = `${BASE}databases:\n  - { name: app, owner: ghost }\nroles:\n  - { name: a, memberOf: [b] }\n  - { name: b, memberOf: [a] }\n  - name: c\n    grants: [{ database: nope, on: tables, schema: public, privileges: [EXECUTE] }]\n`;
    const ids = rules(text).map((p) => p.rule);
    expect(ids).toEqual(
      expect.arrayContaining([
        'identity-unknown-role',
        'identity-membership-cycle',
        'identity-unknown-database',
        'identity-grant-privilege',
      ]),
    );
    expect(ids.filter((i) => i === 'identity-membership-cycle')).toHaveLength(1);
  });
});
