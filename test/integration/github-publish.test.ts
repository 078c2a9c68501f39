/**
 * Publishing reports to the loopback GitHub (test/emulators/github), whose every request and
 * response is checked against GitHub's OpenAPI description and GraphQL schema.
 */
import { githubClient } from '../../src/github/client.js';
import { COMMENT_LIMIT, commentMarker } from '../../src/github/comment-body.js';
import type { RunTarget } from '../../src/github/context.js';
import { publishReports, type PublishOptions } from '../../src/github/publish.js';
import type { Annotation, Report } from '../../src/report/report.js';
import { GitHubFake } from '../emulators/github/server.js';

const HEAD = 'a'.repeat(40);
const target: RunTarget = {
  owner: 'octo',
  repo: 'music',
  event: 'pull_request',
  pullNumber: 7,
  headSha: HEAD,
  fromFork: false,
  runUrl: 'https://github.com/octo/music/actions/runs/42',
};

function report(check: string, status: Report['status'], extra: Partial<Report> = {}): Report {
  return {
    check,
    title: check,
    status,
    summary: `${check} is ${status}`,
    details: `Details of ${check}.`,
    annotations: [],
    data: {},
    ...extra,
  };
}

const annotations = (n: number): Annotation[] =>
  Array.from({ length: n }, (_, i) => ({
    level: i % 2 ? 'warning' : 'failure',
    file: 'database/pgci.yml',
    line: i + 1,
    column: 3,
    title: `rule-${i}`,
    message: `problem ${i}`,
  }));

const options = (extra: Partial<PublishOptions> = {}): PublishOptions => ({
  comment: true,
  checkRuns: false,
  ...extra,
});

describe('publishing to the GitHub API (OpenAPI-validated fake)', () => {
  let fake: GitHubFake;
  const gh = (token = 'write-token') => githubClient(token, { baseUrl: fake.url });
  beforeEach(async () => {
    fake = await new GitHubFake().start();
    fake.pulls.set(7, { sha: HEAD, ref: 'feat/instance' });
  });
  afterEach(async () => {
    expect(fake.violations).toEqual([]);
    await fake.stop();
  });

  it('creates the sticky comment, then updates it in place', async () => {
    const first = await publishReports(gh(), target, [report('benchmark', 'pass')], options());
    expect(first.comment).toMatchObject({ action: 'created', minimized: 0 });
    const second = await publishReports(gh(), target, [report('benchmark', 'fail')], options());
    expect(second.comment).toMatchObject({ action: 'updated', id: first.comment!.id });
    const third = await publishReports(gh(), target, [report('benchmark', 'fail')], options());
    expect(third.comment?.action).toBe('unchanged');
    const comments = fake.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(commentMarker());
    expect(comments[0]!.body).toContain('benchmark is fail');
    expect(
      fake.requests.filter((r) => r.method !== 'GET').map((r) => [r.method, r.status]),
    ).toEqual([
      ['POST', 201],
      ['PATCH', 200],
    ]);
  });

  it('minimizes outdated pgci comments through GraphQL, once, and leaves others alone', async () => {
    fake.seedComment(7, 'A reviewer says hello');
    const old1 = fake.seedComment(7, `${commentMarker()}\nold report`);
    const old2 = fake.seedComment(7, `${commentMarker()}\nnewer old report`);
    const out = await publishReports(gh(), target, [report('security-scan', 'warn')], options());
    expect(out.comment).toMatchObject({ action: 'updated', id: old2.id, minimized: 1 });
    expect(old1.isMinimized).toBe(true);
    expect(old1.minimizedReason).toBe('outdated');
    expect(fake.comments.get(7)![0]!.isMinimized).toBe(false);

    const recreated = await publishReports(
      gh(),
      target,
      [report('security-scan', 'pass')],
      options({ commentMode: 'recreate' }),
    );
    // old1 was minimized already: only old2 is minimized now.
    expect(recreated.comment).toMatchObject({ action: 'created', minimized: 1 });
    expect(old2.isMinimized).toBe(true);
    expect(fake.comments.get(7)!.at(-1)!.isMinimized).toBe(false);
    expect(fake.requests.filter((r) => r.path === '/graphql')).toHaveLength(4);
  });

  it('keeps a huge report under 65,536 characters, pointing at the job summary', async () => {
    const huge = report('backup-verify', 'fail', {
      details: Array.from({ length: 4000 }, (_, i) => `| table_${i} | ${'x'.repeat(40)} |`).join(
        '\n',
      ),
    });
    const out = await publishReports(gh(), target, [report('benchmark', 'pass'), huge], options());
    expect(out.comment?.action).toBe('created');
    const body = fake.comments.get(7)![0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain(
      'the full report is in the [job summary](https://github.com/octo/music/actions/runs/42)',
    );
    expect(body).toContain('Details of benchmark.');
  });

  it('creates a check run per report, with more than 50 annotations sent 50 at a time', async () => {
    const out = await publishReports(
      gh(),
      target,
      [
        report('validate-config', 'fail', { annotations: annotations(120) }),
        report('benchmark', 'warn'),
      ],
      options({ comment: false, checkRuns: true }),
    );
    expect(out.checkRuns.map((r) => [r.name, r.conclusion, r.annotations, r.requests])).toEqual([
      ['pgci / validate-config', 'failure', 120, 3],
      ['pgci / benchmark', 'neutral', 0, 1],
    ]);
    const run = fake.checkRuns[0]!;
    expect(run.head_sha).toBe(HEAD);
    expect(run.annotations).toHaveLength(120);
    expect(run.annotations[119]).toMatchObject({
      path: 'database/pgci.yml',
      start_line: 120,
      annotation_level: 'warning',
    });
    const writes = fake.requests.filter((r) => r.path.includes('check-runs'));
    expect(writes.map((r) => [r.method, r.status])).toEqual([
      ['POST', 201],
      ['PATCH', 200],
      ['PATCH', 200],
      ['POST', 201],
    ]);
  });

  it('falls back to the job summary when the token is read-only', async () => {
    fake.readOnlyTokens.add('fork-token');
    const out = await publishReports(
      gh('fork-token'),
      target,
      [report('benchmark', 'pass'), report('security-scan', 'pass')],
      options({ checkRuns: true }),
    );
    expect(out.forbidden).toBe(true);
    expect(out.comment).toBeUndefined();
    expect(out.checkRuns).toEqual([]);
    expect(out.notes).toHaveLength(2);
    expect(out.notes[0]).toMatch(
      /^pgci could not post the PR comment: GitHub answered 403 \(Resource not accessible by integration\): the token is read-only/,
    );
    expect(out.notes[0]).toContain('workflow_run');
    expect(fake.comments.get(7)).toBeUndefined();
    // One refused check run is enough to know: the second is not attempted.
    expect(fake.requests.filter((r) => r.path.endsWith('/check-runs'))).toHaveLength(1);
  });

  it('waits out a secondary rate limit and retries', async () => {
    fake.secondaryRateLimit(1);
    const started = Date.now();
    const out = await publishReports(gh(), target, [report('benchmark', 'pass')], options());
    expect(out.comment?.action).toBe('created');
    expect(fake.requests.map((r) => r.status)).toEqual([403, 200, 201]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('on workflow_run, comments only on a PR whose head is the run head', async () => {
    const run: RunTarget = {
      ...target,
      event: 'workflow_run',
      pullNumber: undefined,
      fromFork: true,
    };
    fake.pulls.set(8, { sha: 'b'.repeat(40), ref: 'feat/other' });
    const forged = await publishReports(
      gh(),
      run,
      [report('benchmark', 'pass')],
      options({ pullNumber: 8 }),
    );
    expect(forged.comment).toBeUndefined();
    expect(forged.notes[0]).toMatch(
      /^Not commenting on #8: its head is bbbbbbb, not this run's aaaaaaa/,
    );
    const real = await publishReports(
      gh(),
      run,
      [report('benchmark', 'pass')],
      options({ pullNumber: 7 }),
    );
    expect(real.comment?.action).toBe('created');
    const none = await publishReports(gh(), run, [report('benchmark', 'pass')], options());
    expect(none.notes).toEqual([
      'No pull request for this run: the report is in the job summary only.',
    ]);
  });

  it('opens one maintenance issue on regression, updates it, and closes it on recovery', async () => {
    const maint: RunTarget = { ...target, event: 'schedule', pullNumber: undefined };
    const issue = { key: 'performance', title: 'pgci: weekly performance review regressed' };
    const opt = options({ comment: false, issue });
    const opened = await publishReports(gh(), maint, [report('benchmark', 'fail')], opt);
    expect(opened.issue?.action).toBe('opened');
    const again = await publishReports(gh(), maint, [report('benchmark', 'fail')], opt);
    expect(again.issue).toMatchObject({ action: 'updated', number: opened.issue!.number });
    expect(fake.issues).toHaveLength(1);
    const closed = await publishReports(gh(), maint, [report('benchmark', 'pass')], opt);
    expect(closed.issue).toMatchObject({ action: 'closed', number: opened.issue!.number });
    expect(fake.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(fake.comments.get(opened.issue!.number!)![0]!.body).toMatch(/^✅ Recovered/);
    const quiet = await publishReports(gh(), maint, [report('benchmark', 'pass')], opt);
    expect(quiet.issue?.action).toBe('none');
  });

  it('records a request GitHub would refuse as a violation', async () => {
    const octokit = gh();
    await expect(
      octokit.rest.checks.create({
        owner: 'octo',
        repo: 'music',
        name: 'x',
        head_sha: HEAD,
        output: {
          title: 't',
          summary: 's',
          annotations: [
            {
              path: 'a',
              start_line: 1,
              end_line: 1,
              annotation_level: 'error' as 'failure',
              message: 'm',
            }, // not a level GitHub knows
          ],
        },
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(fake.violations).toEqual([
      'checks/create request: /output/annotations/0/annotation_level must be equal to one of the allowed values',
    ]);
    fake.violations.length = 0;
    // The fake refuses what GitHub refuses, with a response that is itself valid.
    await expect(
      octokit.rest.issues.createComment({
        owner: 'octo',
        repo: 'music',
        issue_number: 7,
        body: 'x'.repeat(65537),
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('body is too long') });
  });
});
