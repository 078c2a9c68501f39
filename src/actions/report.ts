/**
 * actions/report: gathers every check's Report from the reports folder and publishes them: one
 * sticky PR comment, a check run per check, the job summary, and for scheduled maintenance one
 * tracking issue. A read-only token (fork PRs) degrades to the job summary with a clear note.
 */
import * as core from '@actions/core';
import { join } from 'node:path';
import { InputError } from '../config/load.js';
import { githubClient } from '../github/client.js';
import { renderComment } from '../github/comment-body.js';
import { ContextError, runTarget } from '../github/context.js';
import { gatherReports } from '../github/gather.js';
import { publishReports } from '../github/publish.js';
import { COMMENT_MODES } from '../github/sticky-comment.js';
import { overallStatus } from '../report/report.js';
import { choiceInput, runAction } from './shell.js';

await runAction(async () => {
  const dir =
    core.getInput('reports-dir') || join(process.env.RUNNER_TEMP ?? process.cwd(), 'pgci-reports');
  const token = core.getInput('github-token');
  const commentMode = choiceInput('comment-mode', COMMENT_MODES, 'update');
  const prInput = core.getInput('pr-number');
  if (prInput && !/^[1-9]\d*$/.test(prInput)) {
    throw new InputError(`Input pr-number must be a pull request number, not "${prInput}".`);
  }
  const issueKey = core.getInput('issue-key');
  if (issueKey && !/^[a-z0-9][a-z0-9-]*$/.test(issueKey)) {
    throw new InputError(
      `Input issue-key must be lower-case letters, digits and dashes, not "${issueKey}".`,
    );
  }

  const { reports, skipped } = await gatherReports(dir);
  for (const s of skipped) core.warning(`pgci report: skipped ${s.file}: ${s.reason}`);
  if (!reports.length) {
    core.warning(`pgci report: no reports in ${dir}; did the check jobs run and upload them?`);
    await core.summary.addRaw(`pgci: no reports found in \`${dir}\`.\n`).write();
    core.setOutput('status', 'skip');
    return;
  }
  let target;
  try {
    target = runTarget(process.env);
  } catch (err) {
    if (err instanceof ContextError) throw new InputError(err.message);
    throw err;
  }
  const status = overallStatus(reports);
  const summary = renderComment(reports, {
    runUrl: target.runUrl,
    sha: target.headSha,
    limit: Infinity,
  });
  const notes: string[] = [];
  if (!token) {
    notes.push('No github-token: the report is in the job summary only.');
  } else {
    core.setSecret(token);
    const gh = githubClient(token, { log: (m) => core.info(m) });
    const outcome = await publishReports(gh, target, reports, {
      comment: core.getBooleanInput('comment'),
      checkRuns: core.getBooleanInput('check-runs'),
      commentMode,
      key: core.getInput('key') || undefined,
      pullNumber: prInput ? Number(prInput) : undefined,
      issue: issueKey
        ? {
            key: issueKey,
            title: core.getInput('issue-title') || `pgci maintenance: ${issueKey} regressed`,
          }
        : undefined,
      workspace: process.env.GITHUB_WORKSPACE,
      graphqlUrl: process.env.GITHUB_GRAPHQL_URL,
    });
    notes.push(...outcome.notes);
    if (outcome.comment) {
      core.info(`pgci report: comment ${outcome.comment.action} ${outcome.comment.url}`);
      core.setOutput('comment-id', String(outcome.comment.id));
      core.setOutput('comment-url', outcome.comment.url);
    }
    for (const run of outcome.checkRuns)
      core.info(`pgci report: check run "${run.name}" ${run.conclusion}`);
    core.setOutput(
      'check-runs',
      JSON.stringify(
        outcome.checkRuns.map(({ name, id, conclusion }) => ({ name, id, conclusion })),
      ),
    );
    if (outcome.issue?.number !== undefined) {
      core.info(`pgci report: maintenance issue #${outcome.issue.number} ${outcome.issue.action}`);
      core.setOutput('issue-number', String(outcome.issue.number));
    }
  }
  for (const note of notes) core.warning(note);
  await core.summary
    .addRaw(summary)
    .addRaw(notes.length ? `\n${notes.map((n) => `> ⚠️ ${n}`).join('\n>\n')}\n` : '')
    .write();
  core.setOutput('status', status);
  if (status === 'fail' && core.getBooleanInput('fail-on-failure')) {
    core.setFailed(
      `pgci: ${reports
        .filter((r) => r.status === 'fail')
        .map((r) => r.check)
        .join(', ')} failed`,
    );
  }
});
