/** The sticky comment's text and the report gatherer (pure parts of src/github/). */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commentMarker, renderComment, truncateMarkdown } from '../../src/github/comment-body.js';
import { gatherReports } from '../../src/github/gather.js';
import type { Report } from '../../src/report/report.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';

const report = (check: string, status: Report['status'], details = ''): Report => ({
  check,
  title: check,
  status,
  summary: `${check} summary`,
  details,
  annotations: [],
  data: {},
});

describe('renderComment', () => {
  it('starts with the hidden marker and has a status row and a collapsible section per check', () => {
    const body = renderComment(
      [report('benchmark', 'pass', 'p95 12 ms'), report('security-scan', 'fail', 'ssl off')],
      {
        runUrl: 'https://github.com/o/r/actions/runs/1',
        sha: 'abcdef1234',
      },
    );
    expect(body.startsWith(commentMarker())).toBe(true);
    expect(body).toContain('❌ pgci — 2 checks: 1 passed, 1 failed');
    expect(body).toContain('| benchmark | ✅ pass | benchmark summary |');
    expect(body).toContain(
      '### ❌ security-scan\n\n<details><summary>Details</summary>\n\nssl off\n\n</details>',
    );
    expect(body).toContain('Reports for abcdef1');
    expect(renderComment([report('a', 'pass')], { key: 'staging' })).toContain(
      '<!-- pgci:report:staging -->',
    );
  });

  it('cuts the largest sections first to stay within the limit, closing what it cut open', () => {
    const big = '<details><summary>x</summary>\n\n```\n' + 'line\n'.repeat(5000);
    const body = renderComment(
      [report('small', 'pass', 'tiny details'), report('big', 'fail', big)],
      { limit: 4000 },
    );
    expect(body.length).toBeLessThanOrEqual(4000);
    expect(body).toContain('tiny details');
    expect(body).toMatch(/✂️ \d+ characters cut here: the full report is in the job summary/);
    const cutSection = body.slice(body.indexOf('### ❌ big'));
    expect(cutSection.match(/<details>/g)!.length).toBe(cutSection.match(/<\/details>/g)!.length);
    expect((cutSection.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('keeps a report from faking the marker', () => {
    const body = renderComment([report('evil', 'pass', `${commentMarker()} hi`)]);
    expect(body.split(commentMarker()).length).toBe(2);
  });

  it('truncateMarkdown leaves short text alone', () => {
    expect(truncateMarkdown('short', 100, 'x')).toBe('short');
  });
});

describe('gatherReports', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pgci-gather-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads nested report files, sorted, skipping what is not a report', async () => {
    await mkdir(join(dir, 'pgci-report-b'), { recursive: true });
    await writeFile(
      join(dir, 'pgci-report-b', 'zeta.json'),
      JSON.stringify(report('zeta', 'warn')),
    );
    await writeFile(join(dir, 'alpha.json'), JSON.stringify(report('alpha', 'pass')));
    await writeFile(join(dir, 'broken.json'), '{');
    await writeFile(
      join(dir, 'bad.json'),
      JSON.stringify({ ...report('x', 'pass'), status: 'great' }),
    );
    await writeFile(join(dir, 'notes.txt'), 'ignored');
    const { reports, skipped } = await gatherReports(dir);
    expect(reports.map((r) => r.check)).toEqual(['alpha', 'zeta']);
    expect(skipped).toEqual([
      { file: 'bad.json', reason: '"status" is not one of pass, warn, fail, skip' },
      { file: 'broken.json', reason: 'not valid JSON' },
    ]);
  });

  it('returns nothing for a missing folder', async () => {
    expect(await gatherReports(join(dir, 'none'))).toEqual({ reports: [], skipped: [] });
  });

  it('commands run in GitHub Actions leave their reports for the gatherer', async () => {
    const body = join(ROOT, '.github/pull_request_template.md');
    await runCli(['pr-check', '--body-file', body], { GITHUB_ACTIONS: 'true', RUNNER_TEMP: dir });
    const { reports } = await gatherReports(join(dir, 'pgci-reports'));
    expect(reports.map((r) => [r.check, r.status])).toEqual([['pr-template', 'fail']]);
  });
});
