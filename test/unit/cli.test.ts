import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_CONFIG, FIXTURES } from '../helpers/paths.js';
import { join } from 'node:path';

describe('pgci command line', () => {
  it('lists every command in --help and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(c.name);
  });

  it.each(COMMANDS.map((c) => c.name))('%s --help documents its exit codes', async (name) => {
    const r = await runCli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: pgci ${name}`);
    expect(r.stdout).toContain('Exit codes');
  });

  it('exits 2 on an unknown command, an unknown option and a bad --format', async () => {
    expect(await runCli(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command'),
    });
    expect(await runCli(['validate', '--bogus'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--bogus'),
    });
    expect(await runCli(['validate', EXAMPLE_CONFIG, '--format', 'xml'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be one of'),
    });
  });

  it('exits 2 with the path when the config cannot be read', async () => {
    const r = await runCli(['validate', 'no/such/pgci.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/pgci.yml: cannot read the config: no such file');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('validates the example: exit 0 and JSON in the promised shape', async () => {
    const r = await runCli(['validate', EXAMPLE_CONFIG, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ ok: true, errors: [], warnings: [] });
  });

  it('prints file:line:col on a terminal and annotations in GitHub Actions', async () => {
    const bad = join(FIXTURES, 'configs/tier-memory.yml');
    const text = await runCli(['validate', bad]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/tier-memory\.yml:\d+:\d+: error cloudsql-tier-memory: /);
    const gh = await runCli(['validate', bad], { GITHUB_ACTIONS: 'true' });
    expect(gh.stdout).toMatch(
      /^::error file=.*tier-memory\.yml,line=\d+,col=\d+,title=cloudsql-tier-memory::/m,
    );
  });

  it('fails on warnings only when asked', async () => {
    const bad = join(FIXTURES, 'configs/deletion-protection-off.yml');
    expect((await runCli(['validate', bad])).code).toBe(0);
    expect((await runCli(['validate', bad, '--fail-on', 'warning'])).code).toBe(1);
  });
});
