/**
 * dist/report and dist/pr-template run as a runner runs them: INPUT_* variables, a
 * pull_request event in GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_TOKEN, and the GitHub API
 * at GITHUB_API_URL / GITHUB_GRAPHQL_URL (the OpenAPI-validated fake).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SEED_TEMPLATE } from '../../src/pr-template/seed-template.js';
import type { Report } from '../../src/report/report.js';
import { GitHubFake } from '../emulators/github/server.js';
import { ROOT } from '../helpers/paths.js';

const exec = promisify(execFile);
const HEAD = 'c'.repeat(40);

async function runAction(name: string, env: Record<string, string>) {
  try {
    const { stdout } = await exec(process.execPath, [join(ROOT, 'dist', name, 'index.js')], {
      env: { PATH: process.env.PATH ?? '', ...env },
      cwd: ROOT,
    });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('the report and pr-template bundles, run as a runner runs them', () => {
  let fake: GitHubFake;
  let dir: string;
  let env: Record<string, string>;

  const pullRequestEvent = (body: string | null, title = 'feat(database): add the instance') => ({
    action: 'opened',
    number: 7,
    pull_request: {
      number: 7,
      title,
      body,
      head: { sha: HEAD, ref: 'feat/instance', repo: { full_name: 'octo/music' } },
      base: { ref: 'main', repo: { full_name: 'octo/music' } },
    },
  });

  async function writeReport(report: Partial<Report> & { check: string }) {
    await mkdir(join(dir, 'pgci-reports'), { recursive: true });
    await writeFile(
      join(dir, 'pgci-reports', `${report.check}.json`),
      JSON.stringify({
        title: report.check,
        status: 'pass',
        summary: 'ok',
        details: '',
        annotations: [],
        data: {},
        ...report,
      }),
    );
  }

  beforeAll(async () => {
    fake = await new GitHubFake().start();
    fake.pulls.set(7, { sha: HEAD, ref: 'feat/instance' });
    fake.readOnlyTokens.add('read-only-token');
  });
  afterAll(() => fake.stop());
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pgci-report-'));
    await writeFile(join(dir, 'output'), '');
    await writeFile(join(dir, 'summary'), '');
    await writeFile(join(dir, 'event.json'), JSON.stringify(pullRequestEvent('')));
    env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_REPOSITORY: 'octo/music',
      GITHUB_SHA: 'd'.repeat(40),
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: fake.url,
      GITHUB_GRAPHQL_URL: fake.graphqlUrl,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
      'INPUT_GITHUB-TOKEN': 'write-token',
      INPUT_COMMENT: 'true',
      'INPUT_CHECK-RUNS': 'true',
      'INPUT_COMMENT-MODE': 'update',
      'INPUT_FAIL-ON-FAILURE': 'false',
    };
  });
  afterEach(async () => {
    expect(fake.violations).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });

  it('gathers every report file and posts one comment and a check run per check', async () => {
    await writeReport({ check: 'validate-config', summary: 'database/pgci.yml is valid' });
    await writeReport({
      check: 'some-future-check',
      status: 'fail',
      summary: 'a check this action has never heard of',
      annotations: Array.from({ length: 60 }, (_, i) => ({
        level: 'failure' as const,
        file: join(dir, 'database/schema.sql'),
        line: i + 1,
        title: 'x',
        message: `m${i}`,
      })),
    });
    await writeFile(join(dir, 'pgci-reports', 'junk.json'), '{"not": "a report"}');
    const r = await runAction('report', { ...env, GITHUB_WORKSPACE: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::warning::pgci report: skipped junk.json: no valid "check" id');
    const comments = fake.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('a check this action has never heard of');
    expect(
      fake.checkRuns.map((c) => [c.name, c.head_sha, c.conclusion, c.annotations.length]),
    ).toEqual([
      ['pgci / some-future-check', HEAD, 'failure', 60],
      ['pgci / validate-config', HEAD, 'success', 0],
    ]);
    expect(fake.checkRuns[0]!.annotations[0]).toMatchObject({ path: 'database/schema.sql' });
    const outputs = await readFile(join(dir, 'output'), 'utf8');
    expect(outputs).toMatch(/^status<<.*\nfail\n/m);
    expect(outputs).toContain(`comment-id<<`);
    expect(await readFile(join(dir, 'summary'), 'utf8')).toContain(
      'a check this action has never heard of',
    );
  });

  it('with a read-only token, writes the job summary and says why instead of failing', async () => {
    await writeReport({ check: 'benchmark', summary: 'p95 12 ms' });
    const before = fake.comments.get(7)?.length ?? 0;
    const r = await runAction('report', { ...env, 'INPUT_GITHUB-TOKEN': 'read-only-token' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /::warning::pgci could not post the PR comment: GitHub answered 403 .*the token is read-only/,
    );
    // Masked first (the runner hides it from then on), never printed otherwise.
    expect(r.stdout.replace('::add-mask::read-only-token\n', '')).not.toContain('read-only-token');
    const summary = await readFile(join(dir, 'summary'), 'utf8');
    expect(summary).toContain('p95 12 ms');
    expect(summary).toContain('> ⚠️ pgci could not post the PR comment');
    expect(fake.comments.get(7)?.length ?? 0).toBe(before);
  });

  it('pr-template fails the untouched template and passes a filled one, from the event', async () => {
    await writeFile(join(dir, 'event.json'), JSON.stringify(pullRequestEvent(SEED_TEMPLATE)));
    const bad = await runAction('pr-template', { ...env, INPUT_CONFIG: 'database/none.yml' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::No "Type of Change" is ticked.');
    expect(bad.stdout).toContain('::error::The PR description is incomplete');
    const report = JSON.parse(await readFile(join(dir, 'pgci-reports/pr-template.json'), 'utf8'));
    expect(report).toMatchObject({ check: 'pr-template', status: 'fail' });

    const filled = SEED_TEMPLATE.replace('- [ ] Documentation\n', '- [x] Documentation\n')
      .replace('- [ ] Documentation updated', '- [x] Documentation updated')
      .replace(
        'Brief description of changes made to PostgreSQL database setup.',
        'Adds the setup guide.',
      )
      .replace(/\n/g, '\r\n');
    await writeFile(
      join(dir, 'event.json'),
      JSON.stringify(pullRequestEvent(filled, 'docs: setup guide')),
    );
    const good = await runAction('pr-template', {
      ...env,
      INPUT_CONFIG: 'database/none.yml',
      'INPUT_BRANCH-NAMES': 'fail',
    });
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('The PR description follows the template');
  });
});
