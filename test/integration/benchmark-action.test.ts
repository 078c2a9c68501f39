/**
 * dist/benchmark as a runner runs it: INPUT_* variables, a git clone whose base ref has the
 * index the head drops, outputs, the job summary and the report file.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FIXTURES, ROOT } from '../helpers/paths.js';
import { testServers } from '../helpers/pg.js';

const exec = promisify(execFile);
const server = testServers()[0]!;

async function git(cwd: string, ...args: string[]) {
  await exec('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd });
}

let repo: string;
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'pgci-action-repo-'));
  const db = join(repo, 'database');
  await cp(join(FIXTURES, 'benchmark/base'), db, { recursive: true });
  await git(repo, 'init', '-q', '-b', 'main');
  await git(repo, 'add', '.');
  await git(repo, 'commit', '-qm', 'base');
  await cp(
    join(FIXTURES, 'benchmark/head/migrations/002.do.drop-index.sql'),
    join(db, 'migrations/002.do.drop-index.sql'),
  );
  await git(repo, 'add', '.');
  await git(repo, 'commit', '-qm', 'head drops the index');
});
afterAll(() => rm(repo, { recursive: true, force: true }));

it('fails on the dropped index against baseline-ref and writes outputs, summary and report', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pgci-runner-'));
  try {
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary'), '');
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
      'INPUT_DATABASE-URL': server.url,
      INPUT_CONFIG: 'database/pgci.yml',
      INPUT_WORKLOAD: 'config',
      'INPUT_BASELINE-REF': 'HEAD~1',
      INPUT_DURATION: '2s',
      INPUT_WARMUP: '100ms',
      INPUT_ROUNDS: '5',
      'INPUT_ROUND-DURATION': '200ms',
    };
    let code = 0;
    let stdout = '';
    try {
      ({ stdout } = await exec(process.execPath, [join(ROOT, 'dist/benchmark/index.js')], {
        env,
        cwd: repo,
      }));
    } catch (err) {
      ({ code, stdout } = err as { code: number; stdout: string });
    }
    expect(code).toBe(1);
    expect(stdout).toMatch(/::error::benchmark: .*recent-orders regressed/);
    const password = new URL(server.url).password;
    // Registered as a secret (::add-mask::, which the runner consumes), printed nowhere else.
    expect(stdout).toContain(`::add-mask::${password}`);
    const printed = stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(password);
    const outputs = await readFile(join(dir, 'output'), 'utf8');
    expect(outputs).toMatch(/^status<<.*\nfail\n/m);
    expect(outputs).toMatch(/^tps<<.*\n[\d.]+\n/m);
    const summary = await readFile(join(dir, 'summary'), 'utf8');
    expect(summary).toContain('Regression against the base');
    expect(summary).toContain('xychart-beta');
    const report = JSON.parse(await readFile(join(dir, 'pgci-reports/benchmark.json'), 'utf8'));
    expect(report.data.regression.regressed).toContain('recent-orders');
    // The base worktree is gone.
    const { stdout: worktrees } = await exec('git', ['worktree', 'list'], { cwd: repo });
    expect(worktrees.trim().split('\n')).toHaveLength(1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 90_000);
