/**
 * Every rule validate-config can report: its id, severity and the text docs/rules.md is
 * generated from (scripts/generate-docs.ts). A check names a rule id; the severity lives here
 * only, so a rule cannot be reported with two severities.
 */
import type { Severity } from '../problem.js';

export interface RuleInfo {
  severity: Severity;
  family: 'yaml' | 'schema' | 'cloudsql' | 'tuning' | 'pooling' | 'security' | 'identity';
  title: string;
  /** Why it matters and what to do; one or two sentences for the docs. */
  help: string;
}

export const RULES = {
  // YAML and schema
  'yaml-syntax': {
    severity: 'error',
    family: 'yaml',
    title: 'The file is not valid YAML',
    help: 'Fix the syntax at the reported position (indentation, a missing colon, an unclosed quote). Nothing else is checked until the file parses.',
  },
  'yaml-duplicate-key': {
    severity: 'error',
    family: 'yaml',
    title: 'A key appears twice in one mapping',
    help: 'YAML keeps only one of the two values, silently. Remove or rename one of them.',
  },
  'config-not-a-mapping': {
    severity: 'error',
    family: 'schema',
    title: 'The file is not a mapping of sections',
    help: 'pgci.yml is a mapping with `version: 1` and sections such as `instance`, `parameters`, `databases` and `roles`.',
  },
  'schema-version': {
    severity: 'error',
    family: 'schema',
    title: 'Missing or unsupported `version`',
    help: 'Start the file with `version: 1`, the only config version this pgci reads.',
  },
  'schema-unknown-key': {
    severity: 'error',
    family: 'schema',
    title: 'A key the schema does not know',
    help: 'Usually a typo: the message suggests the closest known key. Unknown keys are refused so that a misspelt setting is never silently ignored.',
  },
  'schema-required': {
    severity: 'error',
    family: 'schema',
    title: 'A required key is missing',
    help: 'Add the key named in the message; schema/pgci.schema.json lists every key with a description.',
  },
  'schema-type': {
    severity: 'error',
    family: 'schema',
    title: 'A value has the wrong type',
    help: 'Write the value as the type the message names (a number without quotes, true/false, a list with `-` items, a mapping).',
  },
  'schema-enum': {
    severity: 'error',
    family: 'schema',
    title: 'A value outside the allowed set',
    help: 'Use one of the values the message lists; they are case-sensitive, as the Cloud SQL Admin API spells them.',
  },
  'schema-range': {
    severity: 'error',
    family: 'schema',
    title: 'A number, string or list outside its bounds',
    help: 'Bring the value within the bounds the message gives.',
  },
  'schema-format': {
    severity: 'error',
    family: 'schema',
    title: 'A string that does not have the required form',
    help: 'Write the value in the form the message describes (e.g. an instance name of lower-case letters, digits and hyphens).',
  },

  // Cloud SQL
  'cloudsql-tier-format': {
    severity: 'error',
    family: 'cloudsql',
    title: 'Unknown machine tier',
    help: 'PostgreSQL tiers are db-custom-<vCPU>-<MB> and the shared-core db-f1-micro and db-g1-small (ENTERPRISE), or db-perf-optimized-N-<vCPU> (ENTERPRISE_PLUS).',
  },
  'cloudsql-tier-vcpu': {
    severity: 'error',
    family: 'cloudsql',
    title: 'Custom tier vCPU count not offered',
    help: 'A custom tier has 1 vCPU or an even number of vCPUs up to 96.',
  },
  'cloudsql-tier-memory': {
    severity: 'error',
    family: 'cloudsql',
    title: 'Custom tier memory not offered',
    help: 'Memory is 0.9 to 6.5 GB per vCPU, a multiple of 256 MB, and at least 3840 MB.',
  },
  'cloudsql-tier-edition': {
    severity: 'error',
    family: 'cloudsql',
    title: 'Tier not offered in this edition',
    help: 'Shared-core and db-custom tiers are ENTERPRISE only; db-perf-optimized tiers are ENTERPRISE_PLUS only. Change the tier or the edition.',
  },
  'cloudsql-edition-unset': {
    severity: 'warning',
    family: 'cloudsql',
    title: 'Edition left to the default',
    help: 'For POSTGRES_16 and later Cloud SQL creates ENTERPRISE_PLUS instances unless told otherwise, which changes price and the tiers allowed. Write `edition:` explicitly.',
  },
  'cloudsql-disk': {
    severity: 'error',
    family: 'cloudsql',
    title: 'Disk settings out of bounds',
    help: 'Disk size is 10 GB to 64 TB (3062 GB on shared-core), the auto-resize limit is 0 (no limit) or at least the size, and ENTERPRISE_PLUS needs an SSD disk.',
  },
  'cloudsql-backup-window': {
    severity: 'error',
    family: 'cloudsql',
    title: 'Backup start time is not HH:MM on the hour',
    help: 'Cloud SQL starts automated backups in a window that begins on the hour, written HH:00 in UTC (e.g. "03:00"); quote it.',
  },
  'cloudsql-pitr': {
    severity: 'error',
    family: 'cloudsql',
    title: 'Point-in-time recovery settings not possible',
    help: 'PITR needs automated backups enabled; transaction logs are kept 1 to 7 days on ENTERPRISE and up to 35 on ENTERPRISE_PLUS, and never longer than the retained backups cover.',
  },
  'cloudsql-maintenance-window': {
    severity: 'warning',
    family: 'cloudsql',
    title: 'Maintenance window incomplete',
    help: 'Give both `day` and `hour` so maintenance lands when traffic is low; with only one, Cloud SQL picks the other.',
  },
  'cloudsql-flag-unknown': {
    severity: 'error',
    family: 'cloudsql',
    title: 'Parameter Cloud SQL does not accept',
    help: 'Cloud SQL sets only the flags it supports for the major version; the API refuses others. Check the spelling (the message suggests the closest flag) or remove it.',
  },
  'cloudsql-flag-value': {
    severity: 'error',
    family: 'cloudsql',
    title: 'Parameter value of the wrong type or out of range',
    help: 'Write the value with units as PostgreSQL writes them (kB, MB, GB; ms, s, min) within the flag’s range.',
  },
  'cloudsql-flag-restart': {
    severity: 'notice',
    family: 'cloudsql',
    title: 'Parameter change restarts the instance',
    help: 'Changing this flag restarts the instance; pgci apply asks for `allow-restart: true` before it does.',
  },

  // Tuning
  'tuning-shared-buffers': {
    severity: 'warning',
    family: 'tuning',
    title: 'shared_buffers far from a quarter to a third of memory',
    help: 'Cloud SQL sizes shared_buffers at about a third of memory; far less wastes RAM, far more starves the OS cache and per-connection memory.',
  },
  'tuning-effective-cache-size': {
    severity: 'warning',
    family: 'tuning',
    title: 'effective_cache_size not plausible for this memory',
    help: 'effective_cache_size tells the planner how much data the OS and PostgreSQL can cache: at most the instance memory, usually 50–75% of it.',
  },
  'tuning-work-mem': {
    severity: 'warning',
    family: 'tuning',
    title: 'work_mem × max_connections can exhaust memory',
    help: 'Every sort or hash in every connection may take work_mem; when work_mem × max_connections exceeds memory, a busy hour can end in an out-of-memory restart. Lower work_mem, or pool connections.',
  },
  'tuning-maintenance-work-mem': {
    severity: 'warning',
    family: 'tuning',
    title: 'maintenance_work_mem too large',
    help: 'Autovacuum workers each take maintenance_work_mem; keep it within about 10% of memory (and 2GB is already the useful ceiling for index builds).',
  },
  'tuning-max-connections': {
    severity: 'warning',
    family: 'tuning',
    title: 'max_connections above what this memory supports',
    help: 'Cloud SQL defaults max_connections by memory (25 on 0.6 GB up to 1000 from 120 GB); each backend costs memory. Pool connections instead of raising it far beyond the default.',
  },
  'tuning-random-page-cost': {
    severity: 'warning',
    family: 'tuning',
    title: 'random_page_cost tuned for spinning disks on SSD',
    help: 'On SSD storage random reads cost about as much as sequential ones; random_page_cost 1.1 lets the planner use indexes.',
  },

  // Pooling
  'pooling-capacity': {
    severity: 'error',
    family: 'pooling',
    title: 'Pools do not fit max_connections',
    help: 'appInstances × poolSize + reservedConnections must fit max_connections (Cloud SQL keeps some for itself); otherwise connections fail under load. Shrink the pools or pool through PgBouncer.',
  },
  'pooling-headroom': {
    severity: 'warning',
    family: 'pooling',
    title: 'Pools use more than 90% of max_connections',
    help: 'Leave room for migrations, an operator’s psql and a rolling deploy that briefly runs twice the app instances.',
  },
  'pooling-managed-edition': {
    severity: 'error',
    family: 'pooling',
    title: 'Managed connection pooling needs ENTERPRISE_PLUS',
    help: 'Cloud SQL managed connection pooling exists only on Enterprise Plus instances; use `client` or `pgbouncer`, or change the edition.',
  },

  // Security
  'security-open-network': {
    severity: 'error',
    family: 'security',
    title: 'Authorized network open to the whole internet',
    help: '0.0.0.0/0 (or ::/0) lets every address try to log in (CIS GCP 6.5). Use the Cloud SQL Auth Proxy or connector, private IP, or narrow CIDRs.',
  },
  'security-public-ip-unencrypted': {
    severity: 'error',
    family: 'security',
    title: 'Public IP without SSL or connector enforcement',
    help: 'A public IP that accepts unencrypted connections exposes passwords and data. Set `sslMode: ENCRYPTED_ONLY` (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED) or `connectorEnforcement: REQUIRED`.',
  },
  'security-ssl-mode': {
    severity: 'warning',
    family: 'security',
    title: 'SSL mode accepts unencrypted connections',
    help: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED lets a client fall back to plain text (CIS GCP 6.4). Use ENCRYPTED_ONLY.',
  },
  'security-network-expiry': {
    severity: 'warning',
    family: 'security',
    title: 'Authorized network expired or without expiry',
    help: 'Temporary access should end: give each authorized network an `expires` date and remove it once past.',
  },
  'security-backups-disabled': {
    severity: 'error',
    family: 'security',
    title: 'Automated backups disabled',
    help: 'Without automated backups there is nothing to restore (CIS GCP 6.7). Set `backups.enabled: true`.',
  },
  'security-deletion-protection': {
    severity: 'warning',
    family: 'security',
    title: 'Deletion protection off',
    help: 'Deletion protection stops an instance (and its backups) from being deleted by a mistaken command. Set `deletionProtection: true` for anything that holds real data.',
  },
  'security-plaintext-password': {
    severity: 'error',
    family: 'security',
    title: 'Password written in the file',
    help: 'A password in a committed file is a leaked password. Write `password: ${ENV_VAR}` and supply the variable from a secret; rotate the exposed password.',
  },
  'security-iam-auth-flag': {
    severity: 'error',
    family: 'security',
    title: 'IAM database users without IAM authentication',
    help: 'Roles with `iam:` log in with IAM tokens, which needs the flag `cloudsql.iam_authentication: on`.',
  },

  // Roles and databases
  'identity-invalid-name': {
    severity: 'error',
    family: 'identity',
    title: 'Invalid role or database name',
    help: 'Use lower-case letters, digits and _, starting with a letter or _, at most 63 bytes, so the name never needs quoting.',
  },
  'identity-reserved-name': {
    severity: 'error',
    family: 'identity',
    title: 'Reserved role or database name',
    help: 'postgres, cloudsqlsuperuser, cloudsqladmin and other cloudsql* roles, pg_* names, public, and template0/template1 belong to PostgreSQL or Cloud SQL. Pick another name.',
  },
  'identity-duplicate': {
    severity: 'error',
    family: 'identity',
    title: 'Role or database declared twice',
    help: 'Each role and database is declared once; merge the two entries.',
  },
  'identity-unknown-role': {
    severity: 'error',
    family: 'identity',
    title: 'Reference to a role not declared',
    help: 'Owners, memberOf entries and grants name roles declared under `roles` (or the built-in pg_* roles for memberOf).',
  },
  'identity-unknown-database': {
    severity: 'error',
    family: 'identity',
    title: 'Grant on a database not declared',
    help: 'A grant names a database declared under `databases`.',
  },
  'identity-grant-privilege': {
    severity: 'error',
    family: 'identity',
    title: 'Privilege that does not apply to the object',
    help: 'PostgreSQL refuses e.g. EXECUTE on tables or SELECT on a schema; use privileges valid for `on` (the message lists them). A schema-level grant needs `schema`.',
  },
  'identity-membership-cycle': {
    severity: 'error',
    family: 'identity',
    title: 'Role membership cycle',
    help: 'PostgreSQL refuses a role that is, through memberOf, a member of itself. Break the cycle.',
  },
  'identity-login-without-credential': {
    severity: 'warning',
    family: 'identity',
    title: 'Login role with neither a password nor IAM',
    help: 'A login role needs `password: ${ENV_VAR}` or `iam:`; otherwise it can only log in where pg_hba trusts it.',
  },
  'identity-iam-principal': {
    severity: 'error',
    family: 'identity',
    title: 'IAM principal that is not an email',
    help: 'Write the IAM user or service account email, e.g. app@my-project.iam.gserviceaccount.com. Cloud SQL names a service account user by its email without .gserviceaccount.com.',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export function ruleInfo(id: RuleId): RuleInfo {
  return RULES[id];
}

export const DOCS_PAGE = 'docs/rules.md';

export function docsAnchor(id: string): string {
  return `${DOCS_PAGE}#${id}`;
}
