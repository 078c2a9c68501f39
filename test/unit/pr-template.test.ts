/** The PR template check: parser, rules, conventions, and `pgci pr-check`. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPullRequest, prCheckReport } from '../../src/pr-template/check.js';
import { parseBody } from '../../src/pr-template/parse.js';
import { DEFAULT_RULES, mergeRules } from '../../src/pr-template/rules.js';
import { SEED_TEMPLATE } from '../../src/pr-template/seed-template.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';

const tick = (body: string, ...labels: string[]) =>
  labels.reduce((b, label) => b.replace(`- [ ] ${label}`, `- [x] ${label}`), body);
const describe_ = (body: string, text: string) =>
  body.replace('Brief description of changes made to PostgreSQL database setup.', text);

const filled = describe_(
  tick(
    SEED_TEMPLATE,
    'Database provisioning',
    'Database connection tested',
    'Backup/restore tested',
  ),
  'Creates the music-library Cloud SQL instance with PITR.',
);

const check = (body: string, extra: Partial<Parameters<typeof checkPullRequest>[0]> = {}) =>
  checkPullRequest({ body, template: SEED_TEMPLATE, rules: DEFAULT_RULES, ...extra });

describe('the shipped template', () => {
  it('is the seed template in .github/ and examples/', async () => {
    expect(await readFile(join(ROOT, '.github/pull_request_template.md'), 'utf8')).toBe(
      SEED_TEMPLATE,
    );
    expect(await readFile(join(ROOT, 'examples/pull_request_template.md'), 'utf8')).toBe(
      SEED_TEMPLATE,
    );
  });
});

describe('parseBody', () => {
  it('reads sections and ticked boxes, [x] and [X], with CRLF line endings', () => {
    const body =
      '## A\r\n- [x] one\r\n- [X] two\r\n* [ ] three\r\n### B\r\ntext here\r\n1. [x] four\r\n';
    const parsed = parseBody(body);
    expect(parsed.sections.map((s) => s.title)).toEqual(['A', 'B']);
    expect(parsed.checkboxes.map((b) => [b.label, b.checked])).toEqual([
      ['one', true],
      ['two', true],
      ['three', false],
      ['four', true],
    ]);
    expect(parsed.sections[1]!.text).toEqual(['text here']);
  });

  it('ignores boxes and headings inside HTML comments and code fences', () => {
    const body = [
      '### Testing',
      '<!-- - [x] Database connection tested',
      '### Not a heading -->',
      '```markdown',
      '- [x] Backup/restore tested',
      '### Also not a heading',
      '```',
      '~~~~',
      '- [x] Security review completed',
      '~~~',
      '~~~~',
      '- [ ] Database connection tested',
    ].join('\n');
    const parsed = parseBody(body);
    expect(parsed.sections.map((s) => s.title)).toEqual(['Testing']);
    expect(parsed.checkboxes).toEqual([
      { label: 'Database connection tested', checked: false, line: 12 },
    ]);
  });

  it('reads an empty or missing body as nothing', () => {
    expect(parseBody(null)).toEqual({ sections: [], checkboxes: [] });
    expect(parseBody('')).toEqual({ sections: [], checkboxes: [] });
  });
});

describe('checkPullRequest', () => {
  it('fails the untouched template: placeholder description and no type of change', () => {
    const result = check(SEED_TEMPLATE);
    expect(result.ok).toBe(false);
    expect(result.missing.map((m) => [m.kind, m.section])).toEqual([
      ['placeholder', 'Description'],
      ['type', 'Type of Change'],
    ]);
    expect(result.missing[1]!.fix).toContain('Database provisioning, Configuration update');
  });

  it('passes a filled template', () => {
    expect(check(filled)).toEqual({ ok: true, missing: [], problems: [] });
    expect(prCheckReport(check(filled)).status).toBe('pass');
  });

  it('lists exactly the items a ticked type requires', () => {
    const body = describe_(
      tick(SEED_TEMPLATE, 'Security enhancement', 'Security review completed'),
      'Hardens SSL.',
    );
    const result = check(body);
    expect(result.missing).toEqual([
      expect.objectContaining({
        kind: 'item',
        section: 'Testing',
        item: 'Security controls validated',
        requiredBy: 'Security enhancement',
      }),
    ]);
    expect(result.missing[0]!.fix).toBe(
      'Do it, then tick "- [x] Security controls validated" under "Testing".',
    );
  });

  it('does not count boxes ticked inside a comment or a code fence', () => {
    const body = filled
      .replace('- [x] Backup/restore tested', '- [ ] Backup/restore tested')
      .concat('\n<!-- - [x] Backup/restore tested -->\n```\n- [x] Backup/restore tested\n```\n');
    expect(check(body).missing.map((m) => m.item)).toEqual(['Backup/restore tested']);
  });

  it('reads a CRLF body like an LF one', () => {
    expect(check(filled.replace(/\n/g, '\r\n')).ok).toBe(true);
  });

  it('says when a required line was deleted and when a section is missing or empty', () => {
    const body = filled
      .replace('- [x] Backup/restore tested\n', '')
      .replace('### Checklist', '### Notes')
      .replace('Creates the music-library Cloud SQL instance with PITR.', '');
    const result = check(body);
    expect(result.missing.map((m) => m.kind)).toEqual(['placeholder', 'section', 'item']);
    expect(result.missing[1]!.fix).toBe(
      'Add the "### Checklist" heading back from the template and fill it in.',
    );
    expect(result.missing[0]!.message).toBe('The "Description" section is empty.');
    expect(result.missing[2]!.fix).toContain('the line is missing from the description');
  });

  it('matches labels loosely: case, emphasis, trailing notes', () => {
    const body = filled
      .replace('- [x] Database connection tested', '- [x] **database connection tested** (staging)')
      .replace('### Type of Change', '### type of change');
    expect(check(body).ok).toBe(true);
  });

  it('checks branch and title conventions, warn by default and fail when configured', () => {
    const warn = check(filled, { branch: 'my-branch', title: 'Add instance' });
    expect(warn.ok).toBe(true);
    expect(warn.problems.map((p) => [p.rule, p.level])).toEqual([
      ['branch-name', 'warning'],
      ['pr-title', 'warning'],
    ]);
    expect(prCheckReport(warn).status).toBe('warn');
    const fail = check(filled, {
      branch: 'my-branch',
      title: 'feat(database): Complete PostgreSQL Cloud SQL provisioning',
      rules: mergeRules({ branchNames: 'fail' }),
    });
    expect(fail.ok).toBe(false);
    expect(fail.problems.map((p) => p.rule)).toEqual(['branch-name']);
    for (const branch of [
      'feat/database-provisioning-postgresql',
      'chore/task-2.2-tuning',
      'dependabot/npm/pg-8',
    ]) {
      expect(
        check(filled, { branch, rules: mergeRules({ branchNames: 'fail' }) }).problems,
      ).toEqual([]);
    }
    expect(
      check(filled, {
        branch: 'x',
        title: 'y',
        rules: mergeRules({ branchNames: 'off', titles: 'off' }),
      }).problems,
    ).toEqual([]);
  });

  it('takes its rules from configuration', () => {
    const rules = mergeRules({
      requiredSections: ['Description'],
      requires: { Documentation: ['Documentation updated', 'Code follows project conventions'] },
      alwaysRequired: ['Database migrations tested'],
    });
    const body = describe_(tick(SEED_TEMPLATE, 'Documentation', 'Documentation updated'), 'Docs.');
    expect(check(body, { rules }).missing.map((m) => m.item)).toEqual([
      'Database migrations tested',
      'Code follows project conventions',
    ]);
  });
});

describe('pgci pr-check', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pgci-pr-'));
    await writeFile(join(dir, 'template.md'), SEED_TEMPLATE);
    await writeFile(join(dir, 'filled.md'), filled);
    await writeFile(
      join(dir, 'pgci.yml'),
      'version: 1\npullRequest:\n  titles: fail\n  branchNames: "off"\n',
    );
    await writeFile(join(dir, 'bad.yml'), 'version: 1\npullRequest:\n  titles: sometimes\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints {ok, missing, problems} and exits 1 for the untouched template', async () => {
    const r = await runCli([
      'pr-check',
      '--body-file',
      join(dir, 'template.md'),
      '--template',
      join(dir, 'template.md'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['ok', 'missing', 'problems']);
    expect(json.ok).toBe(false);
    expect(json.missing).toHaveLength(2);
  });

  it('exits 0 for a filled description and reads rules from --config', async () => {
    const ok = await runCli([
      'pr-check',
      '--body-file',
      join(dir, 'filled.md'),
      '--branch',
      'whatever',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('PR template');
    const r = await runCli([
      'pr-check',
      '--body-file',
      join(dir, 'filled.md'),
      '--config',
      join(dir, 'pgci.yml'),
      '--branch',
      'x',
      '--title',
      'no',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems.map((p: { rule: string }) => p.rule)).toEqual([
      'pr-title',
    ]);
  });

  it('exits 2 with one clear line for bad usage and unreadable input', async () => {
    const noBody = await runCli(['pr-check']);
    expect([noBody.code, noBody.stderr]).toEqual([
      2,
      'pgci pr-check: --body-file FILE is required (the PR description saved to a file).\n',
    ]);
    const missing = await runCli(['pr-check', '--body-file', join(dir, 'nope.md')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.md: cannot read the PR description: no such file.');
    const level = await runCli([
      'pr-check',
      '--body-file',
      join(dir, 'filled.md'),
      '--titles',
      'maybe',
    ]);
    expect(level.stderr).toContain('--titles must be one of fail, warn, off');
    const bad = await runCli([
      'pr-check',
      '--body-file',
      join(dir, 'filled.md'),
      '--config',
      join(dir, 'bad.yml'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yml:3:\d+: .*titles/);
  });
});
