/**
 * One pgci comment per pull request: found again by its hidden marker, updated in place (or,
 * in "recreate" mode, posted anew at the bottom), and every other copy minimized as OUTDATED
 * through GraphQL (REST cannot minimize).
 */
import type { GitHubClient } from './client.js';
import { commentMarker } from './comment-body.js';

export type CommentMode = 'update' | 'recreate';
export const COMMENT_MODES = ['update', 'recreate'] as const;

export interface PullTarget {
  owner: string;
  repo: string;
  pullNumber: number;
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
  /** How many older pgci comments were minimized now. */
  minimized: number;
}

export interface CommentOptions {
  key?: string;
  mode?: CommentMode;
  /** GITHUB_GRAPHQL_URL when the runner sets it; else Octokit's `<baseUrl>/graphql`. */
  graphqlUrl?: string;
}

export async function upsertStickyComment(
  gh: GitHubClient,
  target: PullTarget,
  body: string,
  options: CommentOptions = {},
): Promise<CommentOutcome> {
  const marker = commentMarker(options.key);
  const issue = { owner: target.owner, repo: target.repo, issue_number: target.pullNumber };
  const comments = await gh.paginate(gh.rest.issues.listComments, { ...issue, per_page: 100 });
  const ours = comments.filter((c) => c.body?.includes(marker));
  const newest = ours.at(-1);
  let outcome: Omit<CommentOutcome, 'minimized'>;
  let outdated: typeof ours;
  if (newest && options.mode !== 'recreate') {
    outdated = ours.slice(0, -1);
    if (newest.body === body) {
      outcome = { action: 'unchanged', id: newest.id, url: newest.html_url };
    } else {
      const { data } = await gh.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: newest.id,
        body,
      });
      outcome = { action: 'updated', id: data.id, url: data.html_url };
    }
  } else {
    outdated = ours;
    const { data } = await gh.rest.issues.createComment({ ...issue, body });
    outcome = { action: 'created', id: data.id, url: data.html_url };
  }
  const minimized = await minimizeOutdated(
    gh,
    outdated.map((c) => c.node_id),
    options.graphqlUrl,
  );
  return { ...outcome, minimized };
}

const MINIMIZED_QUERY = `query pgciMinimized($ids: [ID!]!) {
  nodes(ids: $ids) { ... on IssueComment { id isMinimized } }
}`;

const MINIMIZE_MUTATION = `mutation pgciMinimize($id: ID!) {
  minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) {
    minimizedComment { isMinimized minimizedReason }
  }
}`;

/** Minimizes the comments not minimized yet; returns how many it minimized. */
async function minimizeOutdated(
  gh: GitHubClient,
  nodeIds: string[],
  url?: string,
): Promise<number> {
  if (!nodeIds.length) return 0;
  const where = url ? { url } : {};
  const { nodes } = await gh.graphql<{ nodes: ({ id: string; isMinimized: boolean } | null)[] }>(
    MINIMIZED_QUERY,
    { ids: nodeIds, ...where },
  );
  const open = nodes.filter(
    (n): n is { id: string; isMinimized: boolean } => !!n && !n.isMinimized,
  );
  for (const node of open) await gh.graphql(MINIMIZE_MUTATION, { id: node.id, ...where });
  return open.length;
}
