/** The root action: runs any pgci command with the same code as the command line. */
import * as core from '@actions/core';
import { main } from '../cli/main.js';
import { processIo } from '../cli/io.js';
import { urlPassword } from '../postgres/connect.js';
import { runAction } from './shell.js';

await runAction(async () => {
  const command = core.getInput('command', { required: true });
  const argv = [command];
  const config = core.getInput('config');
  if (config) argv.push('--config', config);
  const databaseUrl = core.getInput('database-url');
  if (databaseUrl) {
    // Register the URL and its password alone: either may appear in a message.
    core.setSecret(databaseUrl);
    const password = urlPassword(databaseUrl);
    if (password) core.setSecret(password);
    argv.push('--database-url', databaseUrl);
  }
  const failOn = core.getInput('fail-on');
  if (failOn) argv.push('--fail-on', failOn);
  argv.push(...splitArgs(core.getInput('args')));
  const code = await main(argv, processIo);
  core.setOutput('exit-code', String(code));
  if (code !== 0) core.setFailed(`pgci ${command} exited with ${code}`);
});

/** Splits the `args` input on whitespace, keeping "quoted strings" together. */
function splitArgs(input: string): string[] {
  return [...input.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}
