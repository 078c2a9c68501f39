/** Suppressions: reason and expiry required, patterns on objects, expired ones bring findings back. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/config/load.js';
import {
  applySuppressions,
  matchesPattern,
  parseSuppressions,
} from '../../src/security/suppressions.js';
import { FIXTURES } from '../helpers/paths.js';
import { runCli } from '../helpers/cli.js';
import { scan, TODAY } from '../helpers/security.js';

const INSTANCE = join(FIXTURES, 'security', 'instance-insecure.json');

it('matches object patterns with * and ? only', () => {
  expect(matchesPattern('role:app_*', 'role:app_reader')).toBe(true);
  expect(matchesPattern('role:app_*', 'role:admin')).toBe(false);
  expect(matchesPattern('function:public.f(?)', 'function:public.f(x)')).toBe(true);
  expect(
    matchesPattern(
      'instance:*/authorizedNetworks/0.0.0.0/0',
      'instance:a/authorizedNetworks/0.0.0.0/0',
    ),
  ).toBe(true);
  expect(matchesPattern('table:a.b', 'table:aXb')).toBe(false);
});

it('hides live suppressions and brings expired ones back with a warning', async () => {
  const result = await scan({ instanceJson: INSTANCE });
  const suppressions = parseSuppressions(
    `suppressions:
  - id: cloudsql-public-ip
    object: 'instance:music-*/publicIp'
    reason: public IP behind the connector until the VPC migration
    expires: 2027-01-31
  - id: cloudsql-availability
    object: '*'
    reason: dev instance
    expires: 2026-10-01
`,
    'pgci-suppressions.yml',
  );
  const out = applySuppressions(result.findings, suppressions, TODAY, 'pgci-suppressions.yml');
  expect(out.suppressed.map((s) => `${s.id} ${s.reason}`)).toEqual([
    'cloudsql-public-ip public IP behind the connector until the VPC migration',
  ]);
  expect(out.kept.some((f) => f.id === 'cloudsql-public-ip')).toBe(false);
  expect(out.kept.some((f) => f.id === 'cloudsql-availability')).toBe(true);
  expect(out.warnings).toEqual([
    expect.stringMatching(
      /^pgci-suppressions\.yml:6: the suppression of cloudsql-availability for \* expired on 2026-10-01/,
    ),
  ]);
});

it('refuses an entry without reason or expiry, at its line', () => {
  expect(() =>
    parseSuppressions(
      'suppressions:\n  - id: x\n    object: "*"\n    expires: 2027-01-01\n',
      's.yml',
    ),
  ).toThrow(
    new InputError(
      's.yml:2:5: suppression 1 needs `reason` (every suppression has id, object, reason and expires).',
    ),
  );
  expect(() =>
    parseSuppressions(
      'suppressions:\n  - { id: x, object: "*", reason: r, expires: soon }\n',
      's.yml',
    ),
  ).toThrow(/s\.yml:2:5: suppression 1 has expires "soon"; write a date/);
  expect(() => parseSuppressions('- just a list\n', 's.yml')).toThrow(
    /expected a mapping with a `suppressions:` list/,
  );
});

describe('pgci security-scan on the command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pgci-supp-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gates on --fail-on, prints the JSON contract and writes SARIF', async () => {
    const sarif = join(dir, 'out.sarif');
    const r = await runCli([
      'security-scan',
      '--instance-json',
      INSTANCE,
      '--format',
      'json',
      '--sarif-file',
      sarif,
      '--today',
      '2026-11-27',
    ]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json.findings[0]).slice(0, 8)).toEqual([
      'id',
      'severity',
      'title',
      'object',
      'message',
      'references',
      'remediation',
      'fingerprint',
    ]);
    expect(json.summary).toEqual({
      critical: 1,
      high: expect.any(Number),
      medium: expect.any(Number),
      low: expect.any(Number),
    });
    expect(json.skipped.length).toBeGreaterThan(0);
    expect(
      JSON.parse(await (await import('node:fs/promises')).readFile(sarif, 'utf8')).version,
    ).toBe('2.1.0');
    expect(
      (await runCli(['security-scan', '--instance-json', INSTANCE, '--fail-on', 'none'])).code,
    ).toBe(0);
  });

  it('uses a suppressions file and warns on expired entries', async () => {
    const file = join(dir, 'supp.yml');
    await writeFile(
      file,
      'suppressions:\n  - { id: cloudsql-open-network, object: "*", reason: lab only, expires: 2026-01-01 }\n',
    );
    const r = await runCli([
      'security-scan',
      '--instance-json',
      INSTANCE,
      '--suppressions',
      file,
      '--format',
      'json',
      '--today',
      '2026-11-27',
    ]);
    expect(r.stderr).toMatch(/expired on 2026-01-01/);
    expect(JSON.parse(r.stdout).summary.critical).toBe(1);
    const live = await runCli([
      'security-scan',
      '--instance-json',
      INSTANCE,
      '--suppressions',
      file,
      '--format',
      'json',
      '--today',
      '2025-12-01',
    ]);
    expect(JSON.parse(live.stdout).summary.critical).toBe(0);
    expect(JSON.parse(live.stdout).suppressed[0]).toMatchObject({
      id: 'cloudsql-open-network',
      reason: 'lab only',
    });
  });

  it('bad usage and unreadable input exit 2 with one clear line', async () => {
    const none = await runCli(['security-scan']);
    expect(none).toMatchObject({ code: 2, stderr: expect.stringMatching(/give --database-url/) });
    const fmt = await runCli(['security-scan', '--instance-json', INSTANCE, '--format', 'xml']);
    expect(fmt).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--format must be one of text, json, sarif, markdown/),
    });
    const missing = await runCli(['security-scan', '--instance-json', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: cannot read the instance JSON: no such file/);
    const notInstance = join(dir, 'x.json');
    await writeFile(notInstance, '{"items": []}');
    expect((await runCli(['security-scan', '--instance-json', notInstance])).stderr).toMatch(
      /not a Cloud SQL DatabaseInstance/,
    );
    const supp = await runCli([
      'security-scan',
      '--instance-json',
      INSTANCE,
      '--suppressions',
      join(dir, 'none.yml'),
    ]);
    expect(supp).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/cannot read the suppressions file/),
    });
    expect(none.stderr + fmt.stderr + missing.stderr).not.toMatch(/\n\s+at /);
  });
});

it('keeps the markdown report readable: at most 200 finding rows, the rest in JSON and SARIF', async () => {
  const { scanReport } = await import('../../src/security/report.js');
  const dir = await mkdtemp(join(tmpdir(), 'pgci-many-'));
  try {
    const roles = Array.from(
      { length: 250 },
      (_, i) => `  - { name: app_${i}, login: true, connectionLimit: 5, password: plain-${i} }`,
    );
    const file = join(dir, 'pgci.yml');
    await writeFile(file, `version: 1\nroles:\n${roles.join('\n')}\n`);
    const result = await scan({ configFile: file });
    expect(result.findings.filter((f) => f.id === 'config-plaintext-password')).toHaveLength(250);
    const report = scanReport(result);
    expect(report.details.split('\n').filter((l) => l.startsWith('| critical |'))).toHaveLength(
      200,
    );
    expect(report.details).toContain('… and 50 more findings');
    expect(report.details).not.toContain('plain-1');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
