/**
 * Publishes gathered Reports to GitHub: the sticky PR comment, a check run per report, and (for
 * scheduled maintenance) the tracking issue. A 403 from a read-only token (a fork's
 * `pull_request` run) does not fail the run: it becomes a note in the job summary, which always
 * holds the whole report.
 */
import { overallStatus, type Report } from '../report/report.js';
import { isForbidden, type GitHubClient } from './client.js';
import { publishCheckRun, type CheckRunOutcome } from './check-runs.js';
import { renderComment } from './comment-body.js';
import type { RunTarget } from './context.js';
import { syncMaintenanceIssue, type IssueOutcome } from './maintenance-issue.js';
import { upsertStickyComment, type CommentMode, type CommentOutcome } from './sticky-comment.js';

export interface PublishOptions {
  comment: boolean;
  checkRuns: boolean;
  commentMode?: CommentMode;
  /** Tells several pgci comments on one PR apart. */
  key?: string;
  /** A PR number from elsewhere (a fork's artifact): used only if its head is the run's head. */
  pullNumber?: number;
  /** Keep one issue for this maintenance task, opened on failure and closed on recovery. */
  issue?: { key: string; title: string };
  workspace?: string;
  graphqlUrl?: string;
}

export interface PublishOutcome {
  comment?: CommentOutcome;
  checkRuns: CheckRunOutcome[];
  issue?: IssueOutcome;
  /** Lines for the job summary and the log: what could not be done, and why. */
  notes: string[];
  /** A write was refused for want of permission. */
  forbidden: boolean;
}

const FORBIDDEN_HELP =
  'the token is read-only. On a pull request from a fork GITHUB_TOKEN is always read-only: ' +
  'let the workflow_run publisher post it (docs/workflows.md#pull-requests-from-forks). ' +
  'Otherwise grant the job `pull-requests: write` and `checks: write` (`issues: write` for maintenance). ' +
  'The full report is in this job summary.';

export async function publishReports(
  gh: GitHubClient,
  target: RunTarget,
  reports: readonly Report[],
  options: PublishOptions,
): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { checkRuns: [], notes: [], forbidden: false };
  const attempt = async <T>(what: string, step: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await step();
    } catch (err) {
      if (!isForbidden(err)) throw err;
      outcome.forbidden = true;
      outcome.notes.push(
        `pgci could not ${what}: GitHub answered 403 (${firstLine(err)}): ${FORBIDDEN_HELP}`,
      );
      return undefined;
    }
  };

  if (options.comment) {
    const pullNumber = await attempt('check the pull request', () =>
      resolvePull(gh, target, options, outcome),
    );
    if (pullNumber !== undefined) {
      const body = renderComment(reports, {
        key: options.key,
        runUrl: target.runUrl,
        sha: target.headSha,
      });
      outcome.comment = await attempt('post the PR comment', () =>
        upsertStickyComment(gh, { owner: target.owner, repo: target.repo, pullNumber }, body, {
          key: options.key,
          mode: options.commentMode,
          graphqlUrl: options.graphqlUrl,
        }),
      );
    }
  }
  if (options.checkRuns) {
    for (const report of reports) {
      const run = await attempt(`create the check run for ${report.check}`, () =>
        publishCheckRun(gh, target, report, options.workspace),
      );
      if (!run) break; // the same token refuses the rest too
      outcome.checkRuns.push(run);
    }
  }
  if (options.issue) {
    const failing = overallStatus(reports) === 'fail';
    outcome.issue = await attempt('update the maintenance issue', () =>
      syncMaintenanceIssue(gh, target, {
        ...options.issue!,
        failing,
        body: renderComment(reports, { runUrl: target.runUrl, sha: target.headSha }),
        runUrl: target.runUrl,
      }),
    );
  }
  return outcome;
}

/**
 * The PR to comment on. A number from the event is trusted; one passed in (from a fork's
 * artifact, written by code we do not trust) is used only when that PR's head is this run's head.
 */
async function resolvePull(
  gh: GitHubClient,
  target: RunTarget,
  options: PublishOptions,
  outcome: PublishOutcome,
): Promise<number | undefined> {
  if (target.pullNumber !== undefined) return target.pullNumber;
  if (options.pullNumber === undefined) {
    outcome.notes.push('No pull request for this run: the report is in the job summary only.');
    return undefined;
  }
  const { data } = await gh.rest.pulls.get({
    owner: target.owner,
    repo: target.repo,
    pull_number: options.pullNumber,
  });
  if (data.head.sha !== target.headSha) {
    outcome.notes.push(
      `Not commenting on #${options.pullNumber}: its head is ${data.head.sha.slice(0, 7)}, not this run's ${target.headSha.slice(0, 7)} (a newer push, or a forged number).`,
    );
    return undefined;
  }
  return options.pullNumber;
}

function firstLine(err: unknown): string {
  return ((err as Error)?.message ?? String(err))
    .split('\n')[0]!
    .replace(/ - https:\/\/docs\.github\.com\S*/, '');
}
