/**
 * A check run per Report, named `pgci / <check>`, so branch protection or a ruleset can require
 * it. The Checks API takes at most 50 annotations per request: the first 50 go with the create,
 * the rest follow in updates of 50 (GitHub appends them).
 */
import { isAbsolute, relative } from 'node:path';
import type { Annotation, Report, Status } from '../report/report.js';
import type { GitHubClient } from './client.js';
import { truncateMarkdown } from './comment-body.js';

export const ANNOTATIONS_PER_REQUEST = 50;
/** Check-run output.summary and output.text are each limited to 65,535 characters. */
const OUTPUT_LIMIT = 65_535;

const CONCLUSION: Record<Status, 'success' | 'neutral' | 'failure' | 'skipped'> = {
  pass: 'success',
  // Neutral counts as passing for a required check, and still shows the warning.
  warn: 'neutral',
  fail: 'failure',
  skip: 'skipped',
};

export function checkRunName(report: Pick<Report, 'check'>): string {
  return `pgci / ${report.check}`;
}

export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
  runUrl?: string;
}

export interface CheckRunOutcome {
  name: string;
  id: number;
  url: string;
  conclusion: string;
  annotations: number;
  requests: number;
}

interface ApiAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

/** Annotations need repository-relative paths; checks may have used absolute ones. */
export function apiAnnotation(a: Annotation, workspace?: string): ApiAnnotation {
  let path = a.file;
  if (workspace && isAbsolute(path)) path = relative(workspace, path);
  const line = Math.max(1, a.line);
  return {
    path: path.replace(/\\/g, '/').replace(/^\.\//, ''),
    start_line: line,
    end_line: line,
    ...(a.column !== undefined ? { start_column: a.column, end_column: a.column } : {}),
    annotation_level: a.level,
    message: a.message.slice(0, 64 * 1024),
    title: a.title.slice(0, 255),
  };
}

export async function publishCheckRun(
  gh: GitHubClient,
  target: CheckRunTarget,
  report: Report,
  workspace?: string,
): Promise<CheckRunOutcome> {
  const annotations = report.annotations.map((a) => apiAnnotation(a, workspace));
  const pointer = target.runUrl ? `the [job summary](${target.runUrl})` : 'the job summary';
  const output = {
    title: report.summary.slice(0, 255) || report.title,
    summary: truncateMarkdown(
      `${report.summary}${target.runUrl ? `\n\n[Workflow run](${target.runUrl})` : ''}`,
      OUTPUT_LIMIT,
      pointer,
    ),
    text: truncateMarkdown(report.details, OUTPUT_LIMIT, pointer),
  };
  const batches: ApiAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const { data } = await gh.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: checkRunName(report),
    head_sha: target.headSha,
    status: 'completed',
    conclusion: CONCLUSION[report.status],
    completed_at: new Date().toISOString(),
    ...(target.runUrl ? { details_url: target.runUrl } : {}),
    output: { ...output, annotations: batches[0] ?? [] },
  });
  for (const batch of batches.slice(1)) {
    await gh.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: data.id,
      output: { title: output.title, summary: output.summary, annotations: batch },
    });
  }
  return {
    name: data.name,
    id: data.id,
    url: data.html_url ?? '',
    conclusion: CONCLUSION[report.status],
    annotations: annotations.length,
    requests: Math.max(1, batches.length),
  };
}
