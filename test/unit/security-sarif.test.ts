/** SARIF output validated against the official SARIF 2.1.0 schema, and what upload-sarif needs. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { CHECKS } from '../../src/security/catalog.js';
import { toSarif } from '../../src/security/sarif.js';
import { fingerprint } from '../../src/security/scan.js';
import { FIXTURES } from '../helpers/paths.js';
import { scan } from '../helpers/security.js';

const schemaFile = join(FIXTURES, 'sarif', 'sarif-2.1.0-rtm.5.json');

it('is valid SARIF 2.1.0 with rules, security-severity, locations at config lines and fingerprints', async () => {
  const schema = JSON.parse(await readFile(schemaFile, 'utf8'));
  // Both packages are CommonJS: their default export may arrive wrapped.
  const Ajv = ((AjvDraft04Module as unknown as { default?: unknown }).default ??
    AjvDraft04Module) as typeof AjvDraft04Module.default;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
    addFormatsModule) as (a: unknown) => void;
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const config = join(FIXTURES, 'security', 'config-insecure.yml');
  const result = await scan({
    configFile: config,
    instanceJson: join(FIXTURES, 'security', 'instance-insecure.json'),
  });
  const sarif = toSarif(result, '1.2.3', config);
  const ok = validate(sarif);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  // The schema does reject a broken log (a run without its tool).
  expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);

  expect(sarif.runs).toHaveLength(1);
  const run = sarif.runs[0]!;
  expect(run.tool.driver.rules).toHaveLength(CHECKS.size);
  for (const rule of run.tool.driver.rules)
    expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
  expect(run.results.length).toBe(result.findings.length);
  for (const r of run.results) {
    expect(run.tool.driver.rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    expect(r.locations[0]!.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    expect(r.partialFingerprints['pgciFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
  }
  const ssl = run.results.find((r) => r.ruleId === 'cloudsql-ssl-mode')!;
  expect(ssl.locations[0]!.physicalLocation).toMatchObject({
    artifactLocation: { uri: config },
    region: { startLine: 12 },
  });
  const critical = run.tool.driver.rules.find((r) => r.id === 'cloudsql-open-network')!;
  expect(critical.properties['security-severity']).toBe('9.5');
});

it('locates findings without a config at line 1 of database/pgci.yml', async () => {
  const result = await scan({ instanceJson: join(FIXTURES, 'security', 'instance-insecure.json') });
  const sarif = toSarif(result, '1.2.3');
  for (const r of sarif.runs[0]!.results)
    expect(r.locations[0]!.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'database/pgci.yml' },
      region: { startLine: 1 },
    });
});

it('fingerprints are stable: sha256 of the check id and the object', () => {
  // Fixed value on purpose: changing the fingerprint scheme would reopen every dismissed alert.
  expect(fingerprint('ssl-enabled', 'setting:ssl')).toBe('6eb815ac2a48c3017107e62302637f11');
  expect(fingerprint('ssl-enabled', 'setting:ssl')).not.toBe(
    fingerprint('ssl-enabled', 'setting:ssl_ciphers'),
  );
});
