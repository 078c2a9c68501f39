/**
 * The config file: what only pgci.yml can get wrong (passwords written in it, roles without
 * limits, IAM roles without IAM authentication). The instance rules also run on the config's
 * `instance` section (see cloudsql-instance.ts) and point at the line that causes them.
 */
import { ENV_REFERENCE } from '../../config/env-reference.js';
import { isOn, type ScanContext } from '../context.js';
import type { Emitter } from '../types.js';
import { defineChecks } from './define.js';

export const CONFIG = defineChecks('config', {
  'config-plaintext-password': {
    title: 'A role’s password is written in the config',
    severity: 'critical',
    applies: 'both',
    rationale:
      'A password in a committed file is in every clone and in the history forever; reference a secret instead and rotate the exposed one.',
    remediation: 'roles:\n  - name: app\n    password: ${APP_PASSWORD}',
  },
  'config-login-role-connection-limit': {
    title: 'A login role in the config has no connectionLimit',
    severity: 'low',
    applies: 'both',
    rationale: 'Without a per-role limit one application can take every connection slot.',
    remediation: 'roles:\n  - name: app\n    login: true\n    connectionLimit: 50',
  },
  'config-iam-role-without-flag': {
    title: 'An IAM role is declared but IAM authentication is off',
    severity: 'medium',
    applies: 'cloudsql',
    rationale:
      'A role with `iam:` cannot log in unless the instance has cloudsql.iam_authentication on.',
    remediation: 'parameters:\n  cloudsql.iam_authentication: on',
  },
});

export function checkConfigFile(ctx: ScanContext, emit: Emitter): void {
  const config = ctx.config;
  if (!config) {
    for (const id of CONFIG.ids) emit.skip(id, 'no config: give --config');
    return;
  }
  const roles = config.roles ?? [];
  roles.forEach((role, i) => {
    if (role.password !== undefined && !ENV_REFERENCE.test(role.password))
      // Never repeat the value: it may be a real password.
      emit.find({
        id: 'config-plaintext-password',
        object: `config:roles/${role.name}/password`,
        message: `Role ${role.name} has its password written in the config.`,
        configPath: ['roles', i, 'password'],
      });
    if (role.login && (role.connectionLimit === undefined || role.connectionLimit < 0))
      emit.find({
        id: 'config-login-role-connection-limit',
        object: `config:roles/${role.name}`,
        message: `Login role ${role.name} has no connectionLimit.`,
        configPath:
          role.connectionLimit === undefined ? ['roles', i] : ['roles', i, 'connectionLimit'],
      });
  });
  const iamFlag = Object.entries(config.parameters ?? {}).find(
    ([k]) => k.toLowerCase() === 'cloudsql.iam_authentication',
  );
  const iamRoles = roles.map((r, i) => [r, i] as const).filter(([r]) => r.iam);
  if (iamRoles.length && !isOn(iamFlag ? String(iamFlag[1]) : undefined))
    for (const [r, i] of iamRoles)
      emit.find({
        id: 'config-iam-role-without-flag',
        object: `config:roles/${r.name}`,
        message: `Role ${r.name} uses IAM (${r.iam}) but cloudsql.iam_authentication is not on.`,
        configPath: iamFlag ? ['parameters', iamFlag[0]] : ['roles', i, 'iam'],
      });
}
