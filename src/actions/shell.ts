/**
 * What every action main shares: run the core, write its report (annotations, job summary, a
 * JSON file the PR gate gathers), set outputs, and turn any error into one failed-step line.
 */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../config/load.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/report.js';

export async function publish(report: Report): Promise<void> {
  for (const a of report.annotations) {
    const props = { file: a.file, startLine: a.line, startColumn: a.column, title: a.title };
    if (a.level === 'failure') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  core.setOutput('status', report.status);
  core.setOutput('report', JSON.stringify(report.data));
  const dir = join(process.env.RUNNER_TEMP ?? process.cwd(), 'pgci-reports');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${report.check}.json`);
  await writeFile(path, JSON.stringify(report, null, 2));
  core.setOutput('report-path', path);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderMarkdown([report])).write();
}

export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    core.setFailed(
      err instanceof InputError ? err.message : `pgci: ${(err as Error)?.message ?? String(err)}`,
    );
  }
}

/** An input restricted to a set of values; a wrong one fails with the allowed list. */
export function choiceInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`Input ${name} must be one of ${allowed.join(', ')}, not "${value}".`);
  }
  return value as T;
}
