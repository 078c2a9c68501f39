/**
 * actions/provision: inputs → plan (mode: plan) or apply (mode: apply) → report, outputs.
 * Passwords from the config's ${ENV} references and the URL's password are registered as
 * secrets before anything runs.
 */
import * as core from '@actions/core';
import { IP_TYPES, type IpType } from '../cloudsql/connector.js';
import { urlPassword } from '../postgres/connect.js';
import { provision, type Target } from '../provision/provision.js';
import { choiceInput, publish, runAction } from './shell.js';

const bool = (name: string) => core.getBooleanInput(name);

await runAction(async () => {
  const mode = choiceInput('mode', ['plan', 'apply'] as const, 'plan');
  const target = core.getInput('target') as Target | '';
  if (target && target !== 'postgres' && target !== 'cloudsql') {
    throw new Error(`Input target must be postgres or cloudsql, not "${target}".`);
  }
  const databaseUrl = core.getInput('database-url');
  if (databaseUrl) {
    core.setSecret(databaseUrl);
    const pw = urlPassword(databaseUrl);
    if (pw) core.setSecret(pw);
  }
  const apiEndpoint = core.getInput('api-endpoint');
  const dbUser = core.getInput('db-user');
  const dbPassword = core.getInput('db-password');
  const ipType = core.getInput('ip-type').toUpperCase();
  if (ipType && !(IP_TYPES as readonly string[]).includes(ipType)) {
    throw new Error(`Input ip-type must be PUBLIC, PRIVATE or PSC, not "${ipType}".`);
  }
  const timeout = Number(core.getInput('timeout') || '1800');
  const result = await provision(mode, {
    configFile: core.getInput('config') || 'database/pgci.yml',
    ...(target ? { target } : {}),
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(apiEndpoint ? { apiEndpoint } : {}),
    ...(dbUser ? { dbUser } : {}),
    ...(dbPassword ? { dbPassword } : {}),
    ...(ipType ? { ipType: ipType as IpType } : {}),
    safety: {
      prune: bool('prune'),
      allowDestroy: bool('allow-destroy'),
      allowRestart: bool('allow-restart'),
    },
    timeoutMs: timeout * 1000,
    onSecret: (value) => core.setSecret(value),
    onProgress: (line) => core.info(line),
  });
  await publish(result.report);
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  if (result.report.status === 'fail') core.setFailed(result.report.summary);
  else core.info(result.report.summary);
});
