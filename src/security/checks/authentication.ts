/** Authentication: how passwords are hashed and kept, and which logins can get in without one. */
import {
  isPlatformRole,
  listOf,
  needServer,
  readSetting,
  rolePath,
  rowsOf,
  settingPath,
  type ScanContext,
} from '../context.js';
import type { Emitter } from '../types.js';
import { defineChecks } from './define.js';

export const AUTHENTICATION = defineChecks('authentication', {
  'password-encryption': {
    title: 'New passwords are not hashed with SCRAM-SHA-256',
    severity: 'high',
    applies: 'both',
    rationale:
      'MD5 password hashes can be replayed by anyone who reads them and are weak against offline guessing; scram-sha-256 is the only method to use.',
    remediation:
      "ALTER SYSTEM SET password_encryption = 'scram-sha-256'; SELECT pg_reload_conf();\n-- then reset each password so it is stored as SCRAM",
  },
  'md5-password-stored': {
    title: 'A role still has an MD5 password hash',
    severity: 'high',
    applies: 'both',
    rationale:
      'A hash set before password_encryption moved to scram-sha-256 stays MD5 until the password is set again; pg_hba md5 lines then still accept it.',
    remediation:
      "ALTER ROLE app PASSWORD 'new-secret'; -- with password_encryption = scram-sha-256",
  },
  'login-without-password': {
    title: 'A login role has no password',
    severity: 'medium',
    applies: 'both',
    rationale:
      'A role that can log in without a password relies entirely on pg_hba (trust, peer or certificates); one permissive line opens it. IAM users (names with @) are exempt.',
    remediation: "ALTER ROLE app PASSWORD 'secret'; -- or ALTER ROLE app NOLOGIN;",
  },
  'login-without-expiry': {
    title: 'A password login role has no expiry (VALID UNTIL)',
    severity: 'low',
    applies: 'both',
    rationale: 'Passwords that never expire are never rotated; VALID UNTIL forces a rotation date.',
    remediation: "ALTER ROLE app VALID UNTIL '2027-06-30';",
  },
  'password-policy': {
    title: 'No password policy is enforced',
    severity: 'low',
    applies: 'both',
    rationale:
      'Without passwordcheck/credcheck (self-hosted) or the instance password policy (Cloud SQL), any password is accepted, however short or reused.',
    remediation:
      "# self-hosted: shared_preload_libraries = 'passwordcheck' (or credcheck)\n# Cloud SQL (pgci.yml): instance.passwordPolicy: { enabled: true, minLength: 16, complexity: COMPLEXITY_DEFAULT }",
  },
});

const isIamRole = (name: string) => name.includes('@');

export function checkAuthentication(ctx: ScanContext, emit: Emitter): void {
  const enc = readSetting(ctx, emit, 'password-encryption', 'password_encryption');
  if (enc !== undefined && enc.toLowerCase() !== 'scram-sha-256')
    emit.find({
      id: 'password-encryption',
      object: 'setting:password_encryption',
      message: `password_encryption is ${enc}.`,
      configPath: settingPath(ctx, 'password_encryption'),
    });

  checkPasswordPolicy(ctx, emit);

  const server = needServer(ctx, emit, [
    'md5-password-stored',
    'login-without-password',
    'login-without-expiry',
  ]);
  if (!server) return;
  const passwords = rowsOf(server.passwords, emit, [
    'md5-password-stored',
    'login-without-password',
  ]);
  for (const p of passwords ?? []) {
    if (isPlatformRole(p.name)) continue;
    if (p.kind === 'md5')
      emit.find({
        id: 'md5-password-stored',
        object: `role:${p.name}`,
        message: `Role ${p.name} has an MD5 password hash.`,
        configPath: rolePath(ctx, p.name),
      });
    if (p.login && p.kind === 'none' && !isIamRole(p.name))
      emit.find({
        id: 'login-without-password',
        object: `role:${p.name}`,
        message: `Role ${p.name} can log in and has no password.`,
        configPath: rolePath(ctx, p.name),
      });
  }
  const withPassword = new Set(
    (passwords ?? []).filter((p) => p.kind !== 'none').map((p) => p.name),
  );
  for (const r of server.roles) {
    if (!r.login || r.validuntil || isPlatformRole(r.name) || isIamRole(r.name)) continue;
    // Without pg_authid we cannot tell password roles apart: every login role counts.
    if (passwords && !withPassword.has(r.name)) continue;
    emit.find({
      id: 'login-without-expiry',
      object: `role:${r.name}`,
      message: `Login role ${r.name} has no VALID UNTIL date.`,
      configPath: rolePath(ctx, r.name),
    });
  }
}

function checkPasswordPolicy(ctx: ScanContext, emit: Emitter): void {
  if (ctx.profile === 'cloudsql') {
    const described = ctx.instances;
    if (!described.length) {
      emit.skip(
        'password-policy',
        'the Cloud SQL password policy is read from --instance-json or the config instance section',
      );
      return;
    }
    for (const i of described)
      if (i.passwordPolicyEnabled !== true)
        emit.find({
          id: 'password-policy',
          object: `instance:${i.name}`,
          message: `Instance ${i.name} has no password policy enabled (${i.source === 'config' ? 'config' : 'Admin API'}).`,
          configPath: i.paths.passwordPolicy,
        });
    return;
  }
  const libs = readSetting(ctx, emit, 'password-policy', 'shared_preload_libraries');
  if (libs !== undefined && !listOf(libs).some((l) => l === 'passwordcheck' || l === 'credcheck'))
    emit.find({
      id: 'password-policy',
      object: 'setting:shared_preload_libraries',
      message: 'Neither passwordcheck nor credcheck is loaded: any password is accepted.',
      configPath: settingPath(ctx, 'shared_preload_libraries'),
    });
}
