/**
 * .github/workflows/database-release.yml: a reusable workflow whose third-party actions are
 * pinned to full commit SHAs (with a version comment), whose pgci actions exist with the
 * inputs it passes, with explicit permissions, a per-instance concurrency group, and apply
 * behind an environment.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';

type Step = { uses?: string; with?: Record<string, unknown> };
type Job = {
  permissions?: Record<string, string>;
  environment?: string;
  needs?: string;
  steps: Step[];
};

const path = join(ROOT, '.github/workflows/database-release.yml');

it('is a reusable workflow with pinned actions, explicit permissions and a gated apply', async () => {
  const text = await readFile(path, 'utf8');
  const wf = parse(text) as {
    on: Record<string, unknown>;
    concurrency: { group: string };
    permissions: object;
    jobs: Record<string, Job>;
  };
  expect(Object.keys(wf.on)).toEqual(['workflow_call']);
  expect(wf.concurrency.group).toContain('${{ inputs.instance }}');
  expect(wf.permissions).toEqual({ contents: 'read' });
  expect(Object.keys(wf.jobs)).toEqual(['validate', 'plan', 'apply', 'connectivity']);
  expect(wf.jobs.apply!.environment).toBe('${{ inputs.environment }}');
  expect(wf.jobs.apply!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });

  for (const line of text.split('\n').filter((l) => /^\s*-?\s*uses:/.test(l))) {
    const ref = line.replace(/^\s*-?\s*uses:\s*/, '');
    if (ref.startsWith('pgci/pgci')) continue;
    expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  }
  for (const job of Object.values(wf.jobs)) {
    for (const step of job.steps) {
      const m = step.uses ? /^pgci\/pgci(?:\/(actions\/[\w-]+))?@/.exec(step.uses) : null;
      if (!m) continue;
      const action = parse(await readFile(join(ROOT, m[1] ?? '.', 'action.yml'), 'utf8')) as {
        inputs: Record<string, unknown>;
      };
      for (const input of Object.keys(step.with ?? {}))
        expect(Object.keys(action.inputs)).toContain(input);
    }
  }
});
