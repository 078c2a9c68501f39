/** The Cloud SQL instance family from Admin API JSON, and the config family located at its lines. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { instanceFromApi } from '../../src/security/instance.js';
import { FIXTURES } from '../helpers/paths.js';
import { objectsOf, scan } from '../helpers/security.js';

const fixture = (name: string) => join(FIXTURES, 'security', name);

describe('Cloud SQL instance JSON', () => {
  it('finds every planted problem on the insecure instance', async () => {
    const r = await scan({ instanceJson: fixture('instance-insecure.json') });
    expect(r.profile).toBe('cloudsql');
    const on = (id: string) => objectsOf(r, id);
    expect(on('cloudsql-ssl-mode')).toEqual(['instance:music-legacy/sslMode']);
    expect(on('cloudsql-open-network')).toEqual([
      'instance:music-legacy/authorizedNetworks/0.0.0.0/0',
    ]);
    expect(on('cloudsql-network-expiry')).toEqual([
      'instance:music-legacy/authorizedNetworks/0.0.0.0/0',
      'instance:music-legacy/authorizedNetworks/198.51.100.7/32',
    ]);
    expect(
      r.findings.find((f) => f.id === 'cloudsql-network-expiry' && f.object.endsWith('/32'))
        ?.message,
    ).toMatch(/expired on 2026-01-31/);
    expect(on('cloudsql-public-ip')).toEqual(['instance:music-legacy/publicIp']);
    expect(on('cloudsql-connector-enforcement')).toEqual([
      'instance:music-legacy/connectorEnforcement',
    ]);
    expect(on('cloudsql-backups')).toEqual(['instance:music-legacy/backups']);
    expect(on('cloudsql-pitr')).toEqual(['instance:music-legacy/pitr']);
    expect(on('cloudsql-backup-retention')).toEqual(['instance:music-legacy/retainedBackups']);
    expect(on('cloudsql-deletion-protection')).toEqual([
      'instance:music-legacy/deletionProtection',
    ]);
    expect(on('cloudsql-iam-auth')).toEqual(['instance:music-legacy/cloudsql.iam_authentication']);
    expect(on('cloudsql-cmek')).toEqual(['instance:music-legacy/instance']);
    expect(on('cloudsql-availability')).toEqual(['instance:music-legacy/availability']);
    expect(on('cloudsql-version')).toEqual(['instance:music-legacy/databaseVersion']);
    expect(on('password-policy')).toEqual(['instance:music-legacy']);
    // CIS GCP 6.2: the flags, read from the instance when there is no live server.
    for (const [id, setting] of [
      ['log-connections', 'log_connections'],
      ['log-disconnections', 'log_disconnections'],
      ['log-statement', 'log_statement'],
      ['log-min-messages', 'log_min_messages'],
      ['log-error-verbosity', 'log_error_verbosity'],
      ['log-min-duration-statement', 'log_min_duration_statement'],
      ['pgaudit-enabled', 'cloudsql.enable_pgaudit'],
    ] as const)
      expect(on(id)).toEqual([`setting:${setting}`]);
    expect(
      r.findings
        .find((f) => f.id === 'cloudsql-open-network')
        ?.references.map((x) => `${x.kind} ${x.id}`),
    ).toEqual(['cis-gcp 6.5', 'checkov CKV_GCP_11', 'prowler cloudsql_instance_public_access']);
    // Checks that need the live server are skipped with the reason, never passed.
    expect(r.skipped.find((s) => s.id === 'superuser-roles')?.reason).toMatch(/self-hosted/);
    expect(r.skipped.find((s) => s.id === 'public-schema-create')?.reason).toBe(
      'needs a live server: give --database-url',
    );
    expect(r.summary.critical).toBe(1);
    expect(r.failed).toBe(true);
  });

  it('has nothing above low on the hardened instance', async () => {
    const r = await scan({ instanceJson: fixture('instance-hardened.json') });
    expect(r.findings.filter((f) => f.severity !== 'low')).toEqual([]);
    expect(r.findings.map((f) => f.id)).toEqual([]);
    expect(r.failed).toBe(false);
  });

  it('reads the REST shapes: {value} wrappers, int64 strings, requireSsl without sslMode', () => {
    const facts = instanceFromApi({
      name: 'x',
      settings: {
        ipConfiguration: { ipv4Enabled: { value: false }, requireSsl: { value: true } },
        backupConfiguration: {
          enabled: { value: true },
          backupRetentionSettings: { retainedBackups: { value: '30' } },
        },
        databaseFlags: [{ name: 'Log_Connections', value: 'on' }],
      },
    });
    expect(facts).toMatchObject({
      publicIp: false,
      sslMode: 'ENCRYPTED_ONLY',
      backupsEnabled: true,
      retainedBackups: 30,
      kmsKeyName: '',
    });
    expect(facts.flags.get('log_connections')).toBe('on');
  });
});

describe('the config file', () => {
  it('points every finding at the line that causes it', async () => {
    const file = fixture('config-insecure.yml');
    const r = await scan({ configFile: file });
    const text = await readFile(file, 'utf8');
    const expected = text.split('\n').flatMap((line, i) => {
      const m = /# <- (.+)$/.exec(line);
      return m
        ? m[1]!
            .trim()
            .split(/\s+/)
            .map((id) => `${id}@${i + 1}`)
        : [];
    });
    const found = r.findings.map((f) => `${f.id}@${f.location?.line}`);
    for (const e of expected) expect(found).toContain(e);
    expect(r.findings.every((f) => f.location?.file === file)).toBe(true);
    // The password is reported, never repeated.
    expect(JSON.stringify(r)).not.toContain('hunter2');
    // The config cannot say which key encrypts the instance.
    expect(r.skipped.find((s) => s.id === 'cloudsql-cmek')?.reason).toMatch(/--instance-json/);
  });

  it('with both, an instance finding points at the config line that would fix it', async () => {
    const r = await scan({
      configFile: fixture('config-insecure.yml'),
      instanceJson: fixture('instance-insecure.json'),
    });
    const live = r.findings.find(
      (f) => f.id === 'cloudsql-ssl-mode' && f.object.startsWith('instance:'),
    );
    const cfg = r.findings.find(
      (f) => f.id === 'cloudsql-ssl-mode' && f.object.startsWith('config:'),
    );
    expect(live?.location?.line).toBe(12);
    expect(cfg?.location?.line).toBe(12);
    expect(live?.fingerprint).not.toBe(cfg?.fingerprint);
  });
});
