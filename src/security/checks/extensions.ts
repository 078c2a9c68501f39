/** Extensions and versions: risky or outdated extensions, FDW passwords, an unsupported server. */
import { needServer, rowsOf, type ScanContext } from '../context.js';
import type { Emitter, Severity } from '../types.js';
import { checkov, defineChecks } from './define.js';

export const EXTENSIONS = defineChecks('extensions', {
  'risky-extension': {
    title: 'An extension that reaches files or other servers is installed',
    severity: 'medium',
    applies: 'both',
    rationale:
      'adminpack writes server files (high); file_fdw reads them; dblink and postgres_fdw open connections from the server; pageinspect reads raw pages. Install them only where needed.',
    remediation: 'DROP EXTENSION dblink;',
  },
  'outdated-extension': {
    title: 'An extension is older than the version the server ships',
    severity: 'low',
    applies: 'both',
    rationale:
      'Extension updates carry fixes, security ones included; the server already has the newer scripts.',
    remediation: 'ALTER EXTENSION pg_trgm UPDATE;',
  },
  'fdw-plaintext-password': {
    title: 'A foreign-server user mapping stores a password',
    severity: 'high',
    applies: 'both',
    rationale:
      'User mapping options are stored in plain text in pg_user_mapping and readable by the mapping’s user and the server owner.',
    remediation:
      'ALTER USER MAPPING FOR app SERVER remote OPTIONS (DROP password); -- use certificates or a .pgpass on the server',
  },
  'server-version-eol': {
    title: 'The PostgreSQL major version is past its end of life',
    severity: 'high',
    applies: 'both',
    references: [checkov('CKV_GCP_79')],
    rationale: 'A major past its community end of life gets no more security fixes.',
    remediation: '# upgrade: pg_upgrade (self-hosted) or a Cloud SQL major version upgrade',
  },
});

/** Community end-of-life dates (PostgreSQL versioning policy: five years per major). */
export const EOL: Record<number, string> = {
  11: '2023-11-09',
  12: '2024-11-21',
  13: '2025-11-13',
  14: '2026-11-12',
  15: '2027-11-11',
  16: '2028-11-09',
  17: '2029-11-08',
  18: '2030-11-14',
};

export function isPastEol(major: number, today: Date): boolean {
  const eol = EOL[major];
  if (eol) return today.getTime() > new Date(`${eol}T23:59:59Z`).getTime();
  return major < 11;
}

const RISKY: Record<string, Severity> = {
  adminpack: 'high',
  file_fdw: 'medium',
  dblink: 'medium',
  postgres_fdw: 'medium',
  pageinspect: 'medium',
};

export function checkExtensions(ctx: ScanContext, emit: Emitter): void {
  const server = needServer(ctx, emit, EXTENSIONS.ids);
  if (!server) return;
  if (isPastEol(server.major, ctx.today))
    emit.find({
      id: 'server-version-eol',
      object: `server:postgresql-${server.major}`,
      message: `PostgreSQL ${server.major} reached end of life on ${EOL[server.major] ?? 'an earlier date'}.`,
    });
  for (const e of rowsOf(server.extensions, emit, ['risky-extension', 'outdated-extension']) ??
    []) {
    if (RISKY[e.name])
      emit.find({
        id: 'risky-extension',
        object: `extension:${e.name}`,
        severity: RISKY[e.name],
        message: `Extension ${e.name} is installed in database ${server.database}.`,
      });
    if (e.default_version && e.version !== e.default_version)
      emit.find({
        id: 'outdated-extension',
        object: `extension:${e.name}`,
        message: `Extension ${e.name} is at ${e.version}; the server ships ${e.default_version}.`,
      });
  }
  if (!server.superuser) {
    emit.skip(
      'fdw-plaintext-password',
      `user mapping options of other roles are hidden from ${server.user} (only a superuser sees them all)`,
    );
    return;
  }
  for (const m of rowsOf(server.userMappings, emit, ['fdw-plaintext-password']) ?? [])
    if ((m.options ?? []).some((o) => /^password=/i.test(o)))
      emit.find({
        id: 'fdw-plaintext-password',
        object: `user-mapping:${m.role}@${m.server}`,
        message: `The user mapping for ${m.role} on server ${m.server} stores a password.`,
      });
}
