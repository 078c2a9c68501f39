/**
 * The one way pgci talks to GitHub: @actions/github's Octokit (GITHUB_API_URL is its base URL)
 * with the retry plugin (5xx and network errors) and the throttling plugin (GitHub's pacing of
 * writes, primary and secondary rate limits honoured with their retry-after).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface ClientOptions {
  /** REST base URL; @actions/github defaults it to GITHUB_API_URL. */
  baseUrl?: string;
  /** Where rate-limit waits are told (core.info in an action). */
  log?: (message: string) => void;
}

/** How often one request is retried after a rate limit before pgci gives up on it. */
const RATE_LIMIT_RETRIES = 2;

export function githubClient(token: string, options: ClientOptions = {}) {
  const log = options.log ?? (() => undefined);
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      throttle: {
        onRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
          return retryCount < RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log(
            `GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`,
          );
          return retryCount < RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
}

export type GitHubClient = ReturnType<typeof githubClient>;

/**
 * A request refused for want of permission (a read-only token), not for a rate limit: a REST
 * 403, or a GraphQL answer whose errors say FORBIDDEN.
 */
export function isForbidden(err: unknown): boolean {
  const e = err as { status?: number; message?: string; errors?: { type?: string }[] };
  if (Array.isArray(e?.errors) && e.errors.some((x) => x.type === 'FORBIDDEN')) return true;
  return e?.status === 403 && !/rate limit/i.test(e.message ?? '');
}
