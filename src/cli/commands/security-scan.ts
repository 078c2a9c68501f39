/** `pgci security-scan`: CIS PostgreSQL and CIS GCP checks over the server, the instance and the config. */
import { appendFile, writeFile } from 'node:fs/promises';
import { renderMarkdown } from '../../report/markdown.js';
import { scanJson, scanReport, scanText } from '../../security/report.js';
import { toSarif } from '../../security/sarif.js';
import { runSecurityScan, type FailOn } from '../../security/scan.js';
import { PROFILES, SEVERITIES } from '../../security/types.js';
import { help, type Command } from '../command.js';
import { VERSION } from '../../version.js';
import { EXIT, UsageError } from '../io.js';
import { oneOf, parseOptions } from '../options.js';

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
const FAIL_ON = [...SEVERITIES, 'none'] as const;

export const securityScan: Command = {
  help: `Usage: pgci security-scan [--database-url URL] [--config FILE] [--instance-json FILE] [options]

Runs the security checks (docs/security.md) over a live server (read-only catalog queries),
a Cloud SQL instance described as JSON (gcloud sql instances describe INSTANCE --format=json)
and the pgci config, and reports findings by severity. Give at least one of the three.

Options:
  -d, --database-url URL    postgres://user:password@host:5432/db (default: $DATABASE_URL)
  -c, --config FILE         the pgci config: its instance and roles are checked, findings point at its lines
      --instance-json FILE  a Cloud SQL DatabaseInstance as JSON (Admin API v1 shape)
  -f, --format FORMAT       text (default), json, sarif or markdown
      --sarif-file FILE     also write SARIF 2.1.0 to FILE (for github/codeql-action/upload-sarif)
      --fail-on LEVEL       critical, high (default), medium, low or none: the lowest severity that fails
      --profile PROFILE     cloudsql or self-hosted (default: detected)
      --suppressions FILE   suppressions (default: database/pgci-suppressions.yml when it exists)
      --today YYYY-MM-DD    evaluate expiry dates as of this day (default: today)
  -h, --help                this help

Minimal grants: a role with pg_monitor and pg_read_all_settings; what it cannot read is listed as
skipped, never passed.

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it (or the server cannot
be reached), 2 bad usage or unreadable input.`,
  async run(args, io) {
    const { values } = parseOptions('security-scan', args, {
      'database-url': { type: 'string', short: 'd' },
      config: { type: 'string', short: 'c' },
      'instance-json': { type: 'string' },
      format: { type: 'string', short: 'f' },
      'sarif-file': { type: 'string' },
      'fail-on': { type: 'string' },
      profile: { type: 'string' },
      suppressions: { type: 'string' },
      today: { type: 'string' },
    });
    if (values.help) return help(io, this);
    const format = oneOf('security-scan', 'format', values.format, FORMATS, 'text');
    const failOn =
      values['fail-on'] === undefined
        ? undefined
        : oneOf<FailOn>('security-scan', 'fail-on', values['fail-on'], FAIL_ON, 'high');
    const profile =
      values.profile === undefined
        ? undefined
        : oneOf('security-scan', 'profile', values.profile, PROFILES, 'cloudsql');
    let today: Date | undefined;
    if (values.today !== undefined) {
      today = new Date(`${values.today}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today) || Number.isNaN(today.getTime()))
        throw new UsageError('pgci security-scan: --today takes a date, YYYY-MM-DD.');
    }
    const databaseUrl = values['database-url'] ?? io.env.DATABASE_URL;
    if (!databaseUrl && !values.config && !values['instance-json'])
      throw new UsageError(
        'pgci security-scan: give --database-url (or DATABASE_URL), --instance-json or --config.',
      );

    const result = await runSecurityScan({
      databaseUrl,
      configFile: values.config,
      instanceJson: values['instance-json'],
      profile,
      failOn,
      suppressionsFile: values.suppressions,
      today,
    });
    for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
    const sarif = () => JSON.stringify(toSarif(result, VERSION), null, 2) + '\n';
    if (values['sarif-file']) await writeFile(values['sarif-file'], sarif());
    const report = scanReport(result);
    if (format === 'json') io.stdout(JSON.stringify(scanJson(result), null, 2) + '\n');
    else if (format === 'sarif') io.stdout(sarif());
    else if (format === 'markdown') io.stdout(renderMarkdown([report]));
    else io.stdout(scanText(result));
    const summary = io.env.GITHUB_STEP_SUMMARY;
    if (summary) await appendFile(summary, renderMarkdown([report]) + '\n');
    return result.failed ? EXIT.findings : EXIT.ok;
  },
};
