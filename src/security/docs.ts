/**
 * docs/security.md: the guide (hand-written here) followed by every check, generated from the
 * catalogue so the two cannot drift (npm run generate; a test compares the committed file).
 */
import { FAMILIES } from './catalog.js';
import { referenceText } from './sarif.js';
import type { CheckDef } from './types.js';

const APPLIES = {
  both: 'self-hosted and Cloud SQL',
  'self-hosted': 'self-hosted only',
  cloudsql: 'Cloud SQL only',
};

const GUIDE = `# Security

\`pgci security-scan\` (and \`actions/security-scan\`) audits three things and reports every
problem as a finding with a severity, the object it is about, a fix and a stable fingerprint:

- **the live server**, through read-only catalog queries: settings, roles, \`pg_hba_file_rules\`,
  sessions, schemas, tables, functions, extensions and setting overrides of the database you
  connect to (object-level checks cover that database; run the scan once per database);
- **the Cloud SQL instance**, from a \`DatabaseInstance\` as the Admin API returns it
  (\`gcloud sql instances describe INSTANCE --format=json > instance.json\`, then
  \`--instance-json instance.json\`): CIS Google Cloud Platform Foundation Benchmark section 6;
- **the config** (\`--config database/pgci.yml\`): the same instance rules on its \`instance\`
  section, plus what only the config can get wrong; every finding points at the line that
  causes it, and findings from the server or the instance point at the line that would fix them
  (line 1 when the config has none).

\`\`\`sh
pgci security-scan --database-url "$DATABASE_URL" --config database/pgci.yml \\
  --instance-json instance.json --format sarif --fail-on high > security.sarif
\`\`\`

Formats: \`text\` (default), \`json\` (\`{findings: [{id, severity, title, object, message,
references, remediation, fingerprint}], skipped: [{id, title, reason}], summary: {critical,
high, medium, low}, …}\`), \`sarif\` (SARIF 2.1.0 for code scanning) and \`markdown\`. The exit
code is 1 when a finding is at or above \`--fail-on\` (default: \`security.failOn\`, else
\`high\`; \`none\` never fails), 2 on bad usage or unreadable input.

## In a workflow

\`\`\`yaml
permissions:
  contents: read
  security-events: write # upload-sarif
steps:
  - uses: actions/checkout@v4
  - id: scan
    uses: pgci/pgci/actions/security-scan@v1
    with:
      database-url: \${{ secrets.DATABASE_SCAN_URL }}
      config: database/pgci.yml
      fail-on: high
  - if: always()
    uses: github/codeql-action/upload-sarif@v3
    with:
      sarif_file: \${{ steps.scan.outputs.sarif-file }}
      category: pgci-security
\`\`\`

Each SARIF result carries \`partialFingerprints\` (\`pgciFinding/v1\`: sha256 of the check id and
the object), so an alert dismissed in code scanning stays dismissed while the object is the
same. Rules carry \`security-severity\` (critical 9.5, high 8.0, medium 5.5, low 3.0).

## The scan needs read access only

Connect as a role with **\`pg_monitor\`** (sessions of every role, \`pg_stat_ssl\`) and
**\`pg_read_all_settings\`** (settings such as \`ssl_ciphers\` and \`shared_preload_libraries\`):

\`\`\`sql
CREATE ROLE pgci_scanner LOGIN PASSWORD '…' CONNECTION LIMIT 2;
GRANT pg_monitor, pg_read_all_settings TO pgci_scanner;
\`\`\`

A check that cannot be read is reported under \`skipped\` with the reason, never passed. With
these two grants (and no superuser) the scan still skips:

| skipped | why | who can read it |
| --- | --- | --- |
| \`md5-password-stored\`, \`login-without-password\` | \`pg_authid\` (password hashes) is superuser-only | a superuser (self-hosted); on Cloud SQL nobody, so they stay skipped |
| every \`hba-*\` check | \`pg_hba_file_rules\` is superuser-only | a superuser (self-hosted); on Cloud SQL they do not apply |
| \`fdw-plaintext-password\` | \`pg_user_mappings\` shows options of other roles' mappings to superusers only | a superuser |

Without \`pg_read_all_settings\`, \`ssl-min-protocol\`, \`ssl-ciphers\`, \`password-policy\` and
\`pgaudit-*\` are skipped too; without \`pg_monitor\`, \`sessions-without-tls\`.

## Profiles: where the sources disagree

\`--profile\` (or \`security.profile\`; default: \`cloudsql\` when the server has \`cloudsql.*\`
settings or an instance is described, else \`self-hosted\`) chooses which checks apply (a check
for the other platform is listed as skipped with "applies to … only") and settles these points:

| setting | \`cloudsql\` | \`self-hosted\` | why |
| --- | --- | --- | --- |
| \`log_error_verbosity\` | \`default\` or \`verbose\` pass (CIS GCP 6.2.1: "DEFAULT or stricter") | \`verbose\` (CIS PostgreSQL benchmark) | \`terse\` fails both (medium) |
| \`log_hostname\` | \`on\` (Checkov CKV_GCP_108) | \`off\` (CIS PostgreSQL: a DNS lookup per connection, and the IP is logged anyway) | both low |
| \`log_min_duration_statement\` | \`-1\` (CIS GCP 6.2.7: statement text goes to Cloud Logging) | not checked: the slow-query log is how self-hosted servers meet a latency target | low; suppress with a reason when you log slow queries on purpose |
| pgAudit | \`cloudsql.enable_pgaudit = on\` (CIS GCP 6.2.8) | \`pgaudit\` in \`shared_preload_libraries\` | then \`pgaudit.log\` must cover \`ddl\` and \`write\` |
| password policy | the instance's password policy (\`passwordValidationPolicy\`) | \`passwordcheck\` or \`credcheck\` loaded | |
| superusers | only \`cloudsqladmin\`; \`postgres\` and \`cloudsqlsuperuser\` may hold CREATEROLE/CREATEDB | only \`postgres\` | extend with \`security.allow\` |

## Access controls

Own every object by a \`NOLOGIN\` role; let applications log in as roles that only hold the
privileges they use (\`login-role-owns-objects\`). Revoke \`CREATE\` on schemas from PUBLIC
(\`public-schema-create\`), never grant to PUBLIC (\`public-object-grants\`,
\`default-privileges-public\`), pin \`search_path\` on every \`SECURITY DEFINER\` function and
revoke its \`EXECUTE\` from PUBLIC (\`security-definer-*\`), enable row-level security wherever
policies exist (\`policies-without-rls\`), and keep superuser, \`CREATEROLE\`, \`BYPASSRLS\` and
membership in \`pg_write_all_data\` / \`pg_execute_server_program\` to administrators. Give every
application role a \`CONNECTION LIMIT\`, a \`statement_timeout\` and an
\`idle_in_transaction_session_timeout\`. Roles and grants in \`database/pgci.yml\` are applied
by \`pgci apply\`; intended exceptions go to \`security.allow\`.

## Authentication

- **SCRAM**: \`password_encryption = scram-sha-256\`, every stored password re-set since
  (\`md5-password-stored\`), and \`scram-sha-256\` (never \`md5\`, \`password\` or \`trust\`) in
  \`pg_hba.conf\` on self-hosted servers.
- **IAM database authentication** (Cloud SQL): set \`cloudsql.iam_authentication: on\` and
  declare people and services as roles with \`iam:\`; they log in with short-lived IAM tokens
  through the Cloud SQL connector, with no password to leak or rotate
  (\`cloudsql-iam-auth\`, \`config-iam-role-without-flag\`). Keep password roles for what
  cannot use IAM, with \`VALID UNTIL\` and the instance password policy.
- Passwords never go in the config: write \`password: \${APP_PASSWORD}\` and provide the variable
  from a secret (\`config-plaintext-password\`).

## TLS

Self-hosted: \`ssl = on\`, \`ssl_min_protocol_version = 'TLSv1.2'\`, \`hostssl\` lines for every
remote address; clients use \`sslmode=verify-full\`. Cloud SQL: \`sslMode: ENCRYPTED_ONLY\` (or
\`TRUSTED_CLIENT_CERTIFICATE_REQUIRED\`), a private IP, and \`connectorEnforcement: REQUIRED\`
when a public IP remains. \`sessions-without-tls\` lists live sessions that are not encrypted
(loopback ones as low).

## Audit logging

\`log_connections\`, \`log_disconnections\`, \`log_statement = ddl\`, errors logged with their
statements (\`log_min_messages\` and \`log_min_error_statement\` at most \`error\`), and pgAudit
with \`pgaudit.log\` covering at least \`ddl, write\` (\`role\` recommended). On Cloud SQL the log
lands in Cloud Logging (pgAudit entries under \`cloudaudit.googleapis.com/data_access\`); keep
role or database overrides from undoing it (\`override-weakens-logging\`).

## Backup encryption (CMEK)

Cloud SQL encrypts data and backups at rest with Google-managed keys. With a customer-managed
encryption key (CMEK, \`--disk-encryption-key\` at creation; it cannot be changed later) the
instance, its backups and its replicas are encrypted with a Cloud KMS key you control, rotate and
can revoke; grant the Cloud SQL service agent \`roles/cloudkms.cryptoKeyEncrypterDecrypter\` on it
and never destroy a key version that backups still use. \`cloudsql-cmek\` reads
\`diskEncryptionConfiguration.kmsKeyName\` from the instance JSON (the config cannot express it).
Keep automated backups, point-in-time recovery and at least 7 retained backups
(\`cloudsql-backups\`, \`cloudsql-pitr\`, \`cloudsql-backup-retention\`), and prove they restore
with \`pgci backup-verify\`.

## Suppressions

\`database/pgci-suppressions.yml\` (beside the config; \`--suppressions\` or
\`security.suppressions\` to move it) lists findings accepted on purpose. Each entry needs all
four keys; \`object\` is a pattern where \`*\` matches any run of characters and \`?\` one:

\`\`\`yaml
suppressions:
  - id: log-min-duration-statement
    object: 'setting:log_min_duration_statement'
    reason: the 200 ms query target is monitored from the slow-query log
    expires: 2027-06-30
\`\`\`

A suppressed finding leaves the gate and the SARIF, and is listed under \`suppressed\` with its
reason. After \`expires\` the finding comes back, with a warning naming the file and line, until
it is fixed or the entry is renewed with a new reason and date.

## References

Each check lists the sources it implements: **CIS GCP** is the CIS Google Cloud Platform
Foundation Benchmark v3.0 (section 6, Cloud SQL); **Checkov** and **Prowler** are those
scanners' rule ids for the same control. CIS PostgreSQL benchmark section numbers are not
listed: they could not be confirmed for versions 16 and 17 from sources at hand, and a wrong
number is worse than none.

## Every check
`;

function check(def: CheckDef): string {
  const refs = def.references.length ? def.references.map(referenceText).join(', ') : '—';
  return [
    `### ${def.id}`,
    '',
    `**${def.title}** · severity **${def.severity}** · ${APPLIES[def.applies]} · references: ${refs}`,
    '',
    def.rationale,
    '',
    'Fix:',
    '',
    '```',
    def.remediation,
    '```',
    '',
  ].join('\n');
}

export function securityMarkdown(): string {
  const total = FAMILIES.reduce((n, f) => n + f.defs.length, 0);
  const parts = [GUIDE, '', `${total} checks in ${FAMILIES.length} families.`, ''];
  for (const family of FAMILIES) {
    parts.push(`## ${family.title}`, '', '| check | severity | applies |', '| --- | --- | --- |');
    for (const d of family.defs)
      parts.push(`| [${d.id}](#${d.id}) | ${d.severity} | ${APPLIES[d.applies]} |`);
    parts.push('');
    for (const d of family.defs) parts.push(check(d));
  }
  return (
    parts
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
