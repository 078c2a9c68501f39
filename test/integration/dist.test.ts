/**
 * The committed bundles, run as a runner runs them: `node dist/<action>/index.js` with INPUT_*
 * variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_CONFIG, FIXTURES } from '../helpers/paths.js';
import { runNode } from '../helpers/run-node.js';

describe('dist/validate-config as a runner runs it', () => {
  let dir: string;
  let runnerEnv: Record<string, string>;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pgci-runner-'));
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary'), '');
    runnerEnv = {
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
    };
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('passes the example config and writes outputs and the summary', async () => {
    const r = await runNode('dist/validate-config/index.js', [], {
      ...runnerEnv,
      INPUT_CONFIG: EXAMPLE_CONFIG,
    });
    expect(r.code).toBe(0);
    const outputs = await readFile(join(dir, 'output'), 'utf8');
    expect(outputs).toMatch(/^ok<<.*\ntrue\n/m);
    expect(outputs).toMatch(/^errors<<.*\n0\n/m);
    expect(await readFile(join(dir, 'summary'), 'utf8')).toContain('Config validation');
    const report = JSON.parse(
      await readFile(join(dir, 'pgci-reports/validate-config.json'), 'utf8'),
    );
    expect(report).toMatchObject({ check: 'validate-config', status: 'pass' });
  });

  it('fails a broken config with annotations at the right line', async () => {
    const config = join(FIXTURES, 'configs/tier-memory.yml');
    const r = await runNode('dist/validate-config/index.js', [], {
      ...runnerEnv,
      INPUT_CONFIG: config,
    });
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes('title=cloudsql-tier-memory'));
    expect(line).toMatch(/^::error /);
    expect(line).toMatch(/file=.*tier-memory\.yml/);
    expect(line).toMatch(/line=11,col=9/);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('refuses a bad fail-on input with the allowed values', async () => {
    const r = await runNode('dist/validate-config/index.js', [], {
      ...runnerEnv,
      INPUT_CONFIG: EXAMPLE_CONFIG,
      'INPUT_FAIL-ON': 'sometimes',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Input fail-on must be one of error, warning, notice');
  });

  it('fails clearly when the config file is missing', async () => {
    const r = await runNode('dist/validate-config/index.js', [], {
      ...runnerEnv,
      INPUT_CONFIG: 'database/missing.yml',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('database/missing.yml: cannot read the config: no such file');
  });
});

describe('dist/cli (the pgci bin)', () => {
  it('answers --help and validates', async () => {
    expect((await runNode('dist/cli/index.js', ['--help'], {})).stdout).toContain(
      'Usage: pgci <command>',
    );
    const r = await runNode(
      'dist/cli/index.js',
      ['validate', EXAMPLE_CONFIG, '--format', 'json'],
      {},
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ok).toBe(true);
  });

  it('runs the root action for a command', async () => {
    const r = await runNode('dist/pgci/index.js', [], {
      INPUT_COMMAND: 'validate',
      INPUT_CONFIG: EXAMPLE_CONFIG,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors, 0 warnings');
  });

  it('masks the database URL and its password before running a command', async () => {
    const r = await runNode('dist/pgci/index.js', [], {
      INPUT_COMMAND: 'connect',
      'INPUT_DATABASE-URL': 'postgres://app:S3cret-pw@127.0.0.1:1/db',
      INPUT_ARGS: '--timeout 1',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::add-mask::S3cret-pw');
    const afterMasks = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(afterMasks.join('\n')).not.toContain('S3cret-pw');
    expect(r.stdout).toContain('nothing is listening there');
  });
});
