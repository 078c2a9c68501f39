/** Settings that expose the instance or its data; the security-scan re-checks them live. */
import { ENV_REFERENCE } from '../env-reference.js';
import type { RuleContext } from './context.js';

const WORLD = new Set(['0.0.0.0/0', '::/0', '0.0.0.0', '::/0.0.0.0']);

export function checkSecurity(ctx: RuleContext, today: Date): void {
  checkPasswords(ctx);
  const instance = ctx.config.instance;
  if (!instance) return;
  const network = instance.network ?? {};
  const publicIp = network.publicIp ?? !network.privateNetwork;

  (network.authorizedNetworks ?? []).forEach((entry, i) => {
    const path = ['instance', 'network', 'authorizedNetworks', i];
    if (WORLD.has(entry.cidr.trim())) {
      ctx.report(
        'security-open-network',
        [...path, 'cidr'],
        `${entry.cidr} lets every address on the internet reach the instance. Narrow it to your own ranges, or connect through the Cloud SQL connector or private IP.`,
        'value',
      );
    }
    if (!entry.expires) {
      ctx.report(
        'security-network-expiry',
        path,
        `Authorized network ${entry.name ?? entry.cidr} has no \`expires\` date; add one so temporary access ends.`,
      );
    } else {
      const expires = new Date(entry.expires);
      if (Number.isNaN(expires.getTime())) {
        ctx.report(
          'security-network-expiry',
          [...path, 'expires'],
          `\`expires\` must be a date (YYYY-MM-DD) or an RFC 3339 timestamp.`,
          'value',
        );
      } else if (expires.getTime() < today.getTime()) {
        ctx.report(
          'security-network-expiry',
          [...path, 'expires'],
          `Authorized network ${entry.name ?? entry.cidr} expired on ${entry.expires}; remove it.`,
          'value',
        );
      }
    }
  });

  const encrypted =
    network.sslMode !== undefined && network.sslMode !== 'ALLOW_UNENCRYPTED_AND_ENCRYPTED';
  const connectorOnly = network.connectorEnforcement === 'REQUIRED';
  if (publicIp && !encrypted && !connectorOnly) {
    ctx.report(
      'security-public-ip-unencrypted',
      ['instance', 'network', network.sslMode ? 'sslMode' : 'publicIp'],
      'The instance has a public IP and accepts unencrypted connections. Set `sslMode: ENCRYPTED_ONLY` or `connectorEnforcement: REQUIRED` (or turn off the public IP).',
    );
  } else if (network.sslMode === 'ALLOW_UNENCRYPTED_AND_ENCRYPTED') {
    ctx.report(
      'security-ssl-mode',
      ['instance', 'network', 'sslMode'],
      'sslMode ALLOW_UNENCRYPTED_AND_ENCRYPTED lets clients connect in plain text; use ENCRYPTED_ONLY.',
      'value',
    );
  }

  if (instance.backups?.enabled === false || !instance.backups) {
    ctx.report(
      'security-backups-disabled',
      instance.backups ? ['instance', 'backups', 'enabled'] : ['instance'],
      instance.backups
        ? 'Automated backups are off; set `enabled: true` (and consider pointInTimeRecovery).'
        : 'No `backups` section: declare `backups: { enabled: true, startTime: "03:00", pointInTimeRecovery: true }` so the instance is backed up.',
      instance.backups ? 'value' : 'key',
    );
  }
  if (instance.deletionProtection !== true) {
    ctx.report(
      'security-deletion-protection',
      instance.deletionProtection === false ? ['instance', 'deletionProtection'] : ['instance'],
      'Deletion protection is off; set `deletionProtection: true` so a stray delete cannot drop the instance.',
      instance.deletionProtection === false ? 'value' : 'key',
    );
  }

  const iamRoles = (ctx.config.roles ?? []).some((r) => r.iam);
  const iamFlag = ctx.parameters.get('cloudsql.iam_authentication');
  if (
    iamRoles &&
    !(iamFlag && ['on', 'true', '1', 'yes'].includes(String(iamFlag.value).toLowerCase()))
  ) {
    ctx.report(
      'security-iam-auth-flag',
      iamFlag ? ['parameters', iamFlag.key] : ['roles'],
      'Roles with `iam:` need IAM database authentication: add `cloudsql.iam_authentication: on` under `parameters`.',
      iamFlag ? 'value' : 'key',
    );
  }
}

function checkPasswords(ctx: RuleContext): void {
  (ctx.config.roles ?? []).forEach((role, i) => {
    if (role.password === undefined || ENV_REFERENCE.test(role.password)) return;
    // Never repeat the value: it may be a real password.
    ctx.report(
      'security-plaintext-password',
      ['roles', i, 'password'],
      `Role ${role.name} has its password written in the file. Replace it with \`password: \${${envName(role.name)}}\`, provide that variable from a secret, and rotate the exposed password.`,
      'value',
    );
  });
}

const envName = (role: string) => `${role.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}_PASSWORD`;
