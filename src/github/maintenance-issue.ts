/**
 * Scheduled maintenance keeps one issue per task (`performance`, `security`, `backup`, …): opened
 * when a run regresses, its body updated while it stays broken, and closed with a comment when a
 * run passes again. The hidden marker finds it; the label keeps the search small.
 */
import type { GitHubClient } from './client.js';

export const MAINTENANCE_LABEL = 'pgci-maintenance';

export function maintenanceMarker(key: string): string {
  return `<!-- pgci:maintenance:${key} -->`;
}

export interface IssueTarget {
  owner: string;
  repo: string;
}

export interface IssueOutcome {
  action: 'opened' | 'updated' | 'closed' | 'none';
  number?: number;
  url?: string;
}

export async function syncMaintenanceIssue(
  gh: GitHubClient,
  target: IssueTarget,
  options: { key: string; title: string; failing: boolean; body: string; runUrl?: string },
): Promise<IssueOutcome> {
  const marker = maintenanceMarker(options.key);
  const open = await gh.paginate(gh.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    state: 'open',
    labels: MAINTENANCE_LABEL,
    per_page: 100,
  });
  const issue = open.find((i) => !i.pull_request && i.body?.includes(marker));
  const body = `${marker}\n${options.body}`;
  if (options.failing) {
    if (issue) {
      const { data } = await gh.rest.issues.update({
        owner: target.owner,
        repo: target.repo,
        issue_number: issue.number,
        body,
      });
      return { action: 'updated', number: data.number, url: data.html_url };
    }
    const { data } = await gh.rest.issues.create({
      owner: target.owner,
      repo: target.repo,
      title: options.title,
      body,
      labels: [MAINTENANCE_LABEL],
    });
    return { action: 'opened', number: data.number, url: data.html_url };
  }
  if (!issue) return { action: 'none' };
  await gh.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: issue.number,
    body: `✅ Recovered${options.runUrl ? ` in ${options.runUrl}` : ''}: every check passes again. Closing.`,
  });
  const { data } = await gh.rest.issues.update({
    owner: target.owner,
    repo: target.repo,
    issue_number: issue.number,
    state: 'closed',
    state_reason: 'completed',
  });
  return { action: 'closed', number: data.number, url: data.html_url };
}
