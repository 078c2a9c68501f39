/** dist/security-scan and dist/cli run the way a runner runs them, against a real server. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, testServers, type TestDatabase } from '../helpers/pg.js';
import { FIXTURES } from '../helpers/paths.js';
import { runNode } from '../helpers/run-node.js';

const server = testServers()[0]!;
let db: TestDatabase;
let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  db = await createTestDatabase(server, 'pgci_secdist');
  dir = await mkdtemp(join(tmpdir(), 'pgci-runner-'));
  await writeFile(join(dir, 'output'), '');
  await writeFile(join(dir, 'summary'), '');
  env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
  };
});
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

it('the action scans server, instance and config, writes SARIF and fails on a critical finding', async () => {
  const config = join(FIXTURES, 'security', 'config-insecure.yml');
  const r = await runNode('dist/security-scan/index.js', [], {
    ...env,
    'INPUT_DATABASE-URL': db.url,
    INPUT_CONFIG: config,
    'INPUT_INSTANCE-JSON': join(FIXTURES, 'security', 'instance-insecure.json'),
  });
  expect(r.code).toBe(1);
  const outputs = await readFile(join(dir, 'output'), 'utf8');
  const sarifPath = /^sarif-file<<(.*)\n(.*)\n/m.exec(outputs)?.[2];
  expect(sarifPath).toBe(join(dir, 'pgci-reports', 'security-scan.sarif'));
  const sarif = JSON.parse(await readFile(sarifPath!, 'utf8'));
  expect(sarif.runs[0].results.length).toBeGreaterThan(10);
  expect(outputs).toMatch(/^critical<<.*\n[1-9]\d*\n/m);
  expect(outputs).toMatch(/^failed<<.*\ntrue\n/m);
  // Annotations at the config line, and no password in any output.
  const ssl = r.stdout.split('\n').find((l) => l.includes('title=cloudsql-ssl-mode'));
  expect(ssl).toMatch(
    /^::error title=cloudsql-ssl-mode \(high\),file=.*config-insecure\.yml,line=12,/,
  );
  const visible = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(visible + outputs).not.toContain(new URL(db.url).password);
  expect(r.stdout).not.toContain('hunter2');
  expect(await readFile(join(dir, 'summary'), 'utf8')).toContain('Security scan');
});

it('passes with fail-on none and the pgci bin speaks SARIF', async () => {
  const r = await runNode('dist/security-scan/index.js', [], {
    ...env,
    'INPUT_DATABASE-URL': db.url,
    'INPUT_FAIL-ON': 'none',
  });
  expect(r.code).toBe(0);
  const cli = await runNode(
    'dist/cli/index.js',
    ['security-scan', '-d', db.url, '--format', 'sarif', '--fail-on', 'none'],
    {},
  );
  expect(cli.code).toBe(0);
  expect(JSON.parse(cli.stdout).version).toBe('2.1.0');
  const bad = await runNode('dist/security-scan/index.js', [], {
    ...env,
    'INPUT_FAIL-ON': 'sometimes',
    'INPUT_DATABASE-URL': db.url,
  });
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain('Input fail-on must be one of critical, high, medium, low, none');
});
