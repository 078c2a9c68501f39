/**
 * What the run is about, read from the runner's environment and event payload: the repository,
 * the pull request (if any), the commit to attach check runs to, and the run to point at.
 * On `pull_request` the head commit is the PR's head, not GITHUB_SHA (a merge commit).
 */
import { readFileSync } from 'node:fs';

export interface RunTarget {
  owner: string;
  repo: string;
  event: string;
  /** The PR number when the event names one (pull_request, or a workflow_run of one). */
  pullNumber?: number;
  headSha: string;
  /** The PR's head is in another repository: GITHUB_TOKEN is read-only on its `pull_request` runs. */
  fromFork: boolean;
  /** The run whose job summary holds the reports. */
  runUrl?: string;
  /** For a PR: its body, title and head branch (the PR template check reads them). */
  pullRequest?: { body: string | null; title: string; headRef: string };
}

export class ContextError extends Error {
  override name = 'ContextError';
}

type Env = Record<string, string | undefined>;

interface PullRequestPayload {
  number: number;
  body?: string | null;
  title?: string;
  head: { sha: string; ref: string; repo?: { full_name?: string } | null };
  base: { repo: { full_name: string } };
}

interface WorkflowRunPayload {
  id: number;
  head_sha: string;
  html_url?: string;
  event?: string;
  head_repository?: { full_name?: string } | null;
  pull_requests?: { number: number; head?: { sha?: string } }[];
}

export function readEvent(env: Env): Record<string, unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new ContextError(
      `cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${(err as Error).message}`,
    );
  }
}

export function runTarget(env: Env, event = readEvent(env)): RunTarget {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) {
    throw new ContextError(
      'GITHUB_REPOSITORY is not set (owner/name): run this inside GitHub Actions.',
    );
  }
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const ownRun = env.GITHUB_RUN_ID
    ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
  const name = env.GITHUB_EVENT_NAME ?? '';
  const pr = event.pull_request as PullRequestPayload | undefined;
  if (pr && typeof pr.number === 'number') {
    return {
      owner,
      repo,
      event: name,
      pullNumber: pr.number,
      headSha: pr.head.sha,
      fromFork: (pr.head.repo?.full_name ?? '') !== pr.base.repo.full_name,
      runUrl: ownRun,
      pullRequest: { body: pr.body ?? null, title: pr.title ?? '', headRef: pr.head.ref },
    };
  }
  const run = event.workflow_run as WorkflowRunPayload | undefined;
  if (run && typeof run.head_sha === 'string') {
    return {
      owner,
      repo,
      event: name,
      // Empty for PRs from forks: the caller then passes the number it got from the artifact,
      // which publish() verifies against head_sha before trusting it.
      pullNumber: run.pull_requests?.[0]?.number,
      headSha: run.head_sha,
      fromFork: (run.head_repository?.full_name ?? `${owner}/${repo}`) !== `${owner}/${repo}`,
      runUrl: run.html_url ?? ownRun,
    };
  }
  if (!env.GITHUB_SHA)
    throw new ContextError('GITHUB_SHA is not set: run this inside GitHub Actions.');
  return { owner, repo, event: name, headSha: env.GITHUB_SHA, fromFork: false, runUrl: ownRun };
}
