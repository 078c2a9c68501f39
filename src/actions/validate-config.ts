/** actions/validate-config: inputs → validate → annotations, summary, outputs. */
import * as core from '@actions/core';
import { countLine, DEFAULT_CONFIG_PATH, runValidate } from '../commands/validate.js';
import { choiceInput, publish, runAction } from './shell.js';

await runAction(async () => {
  const file = core.getInput('config') || DEFAULT_CONFIG_PATH;
  const failOn = choiceInput('fail-on', ['error', 'warning', 'notice'] as const, 'error');
  const { result, report } = await runValidate(file, { failOn });
  await publish(report);
  core.setOutput('ok', String(result.ok));
  core.setOutput('errors', String(result.errors.length));
  core.setOutput('warnings', String(result.warnings.length));
  if (!result.ok) core.setFailed(`${file}: ${countLine(result)} (fail-on: ${failOn})`);
  else
    core.info(
      `${file}: ${result.errors.length + result.warnings.length ? countLine(result) : 'valid'}`,
    );
});
