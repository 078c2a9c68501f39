/** actions/pr-template: the PR description, title and branch from the event → the PR check. */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { InputError } from '../config/load.js';
import { ContextError, runTarget } from '../github/context.js';
import { checkPullRequest, prCheckReport } from '../pr-template/check.js';
import { loadRulesConfig, readTemplate } from '../pr-template/load.js';
import { CONVENTION_LEVELS, mergeRules } from '../pr-template/rules.js';
import { choiceInput, publish, runAction } from './shell.js';

await runAction(async () => {
  let pr;
  try {
    pr = runTarget(process.env).pullRequest;
  } catch (err) {
    throw err instanceof ContextError ? new InputError(err.message) : err;
  }
  if (!pr) {
    throw new InputError(
      `pgci pr-template runs on pull_request events (this is "${process.env.GITHUB_EVENT_NAME ?? 'unknown'}"): it reads the PR description from the event.`,
    );
  }
  const config = core.getInput('config');
  const configured = config && existsSync(config) ? await loadRulesConfig(config) : undefined;
  const optional = (name: string) =>
    core.getInput(name) ? choiceInput(name, CONVENTION_LEVELS, 'warn') : undefined;
  const template = await readTemplate(core.getInput('template') || configured?.template);
  const result = checkPullRequest({
    body: pr.body,
    template: template.text,
    rules: mergeRules(configured, {
      branchNames: optional('branch-names'),
      titles: optional('titles'),
    }),
    branch: pr.headRef,
    title: pr.title,
  });
  const report = prCheckReport(result);
  await publish(report);
  core.setOutput('ok', String(result.ok));
  core.setOutput('missing', String(result.missing.length));
  for (const p of result.problems)
    (p.level === 'error' ? core.error : core.warning)(`${p.message} ${p.fix}`);
  if (!result.ok) {
    for (const m of result.missing) core.error(`${m.message} ${m.fix}`);
    core.setFailed(
      `The PR description is incomplete (${report.summary}); edit it and this check runs again.`,
    );
  } else core.info(`pgci pr-template: ${report.summary} (template: ${template.source})`);
});
