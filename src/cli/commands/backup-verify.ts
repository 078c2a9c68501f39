/** `pgci backup-verify`: dump, restore into a scratch database and compare; or compare two URLs. */
import { resolveBackupSettings, type BackupSettingsInput } from '../../backup/settings.js';
import { backupVerifyReport } from '../../backup/report.js';
import { backupVerify, compareDatabases, type BackupVerifyResult } from '../../backup/verify.js';
import { help, printReports, REPORT_FORMATS, type Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { oneOf, parseOptions } from '../options.js';

export const backupVerifyCommand: Command = {
  help: `Usage: pgci backup-verify --database-url URL [options]
       pgci backup-verify --source URL --target URL [options]
       pgci backup-verify --cloudsql [--project P --instance NAME] [options]

Backup mode: pg_dump of the source (in an exported snapshot), sha256 of the archive, optional
AES-256-GCM encryption with a decrypt round-trip, pg_restore --jobs into a scratch database
(always dropped afterwards), then a schema comparison by catalog queries and a per-table row
count and content hash; restore time and backup age are checked against the config's backup
targets (rtoMinutes, rpoHours). pg_dump must be the server's major.

Compare mode (--source and --target): compares two live databases the same way.

Cloud SQL mode (--cloudsql), through the Cloud SQL Admin API: the newest successful backup run
and its age (RPO), point-in-time recovery and its latest recovery time, then a scratch instance
labelled pgci-scratch=true and pgci-source=<instance> with the source's version and tier, the
backup restored into it (or a clone at --point-in-time), the restore timed (RTO), each database
compared with the source, and the scratch instance deleted on every path out (never the source,
never an instance without the scratch label).

Options:
  -d, --database-url URL    the database to back up (default: $DATABASE_URL)
      --source URL          compare mode: the reference database
      --target URL          compare mode: the database that must equal it
      --scratch-url URL     restore on this server instead of the source's (any database on
                            it; e.g. a newer major for an upgrade rehearsal)
      --archive PATH        verify this existing archive instead of taking a dump
  -c, --config FILE         read the backup section (targets, format, jobs, key, …)
      --dump-format FORMAT  custom (default) or directory
  -j, --jobs N              pg_dump/pg_restore --jobs and connections per side (default 2)
      --encryption-key-env NAME
                            environment variable holding the AES-256-GCM key
      --hash KIND           auto (default), fast or portable
      --strict              also compare ordered COPY streams by sha256
      --chunk-rows N        rows per key-range chunk (default 100000)
      --exclude TABLE       schema.table whose data is not compared (repeatable)
      --rpo-hours H         backup age target (overrides the config)
      --rto-minutes M       restore time target (overrides the config)
      --keep-archive DIR    keep the archive (encrypted if a key is given) in DIR
      --pg-bin DIR          where pg_dump and pg_restore of the server's major are
      --install-pg-tools    on an Ubuntu runner, install them from the PostgreSQL apt repository
  -f, --format FORMAT       text (default), json or markdown
  -h, --help                this help

Cloud SQL mode:
      --cloudsql            verify the instance's Cloud SQL backups
      --project P           Google Cloud project (default: instance.project in the config)
      --instance NAME       the source instance (default: instance.name in the config)
      --api-endpoint URL    Cloud SQL Admin API endpoint, e.g. the emulator http://127.0.0.1:8089
      --database NAME       a database to compare (repeatable; default: the config's databases,
                            else every database of the instance but postgres)
      --point-in-time TIME  restore to this RFC 3339 time (PITR clone) instead of the backup run
      --backup-now          take an on-demand backup first and verify that one
      --timeout SECONDS     per Admin API operation (default 3600)
  -d, --database-url URL    how to reach the source (its IP or the Auth Proxy); the scratch is
                            reached at its own IP with the same credentials

Exit codes: 0 the restore equals the source within the targets, 1 a difference, a failed
restore or dump, or RPO/RTO above target, 2 bad usage or unreadable config.`,
  async run(args, io) {
    const { values } = parseOptions('backup-verify', args, {
      'database-url': { type: 'string', short: 'd' },
      source: { type: 'string' },
      target: { type: 'string' },
      'scratch-url': { type: 'string' },
      archive: { type: 'string' },
      config: { type: 'string', short: 'c' },
      'dump-format': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      'encryption-key-env': { type: 'string' },
      hash: { type: 'string' },
      strict: { type: 'boolean' },
      'chunk-rows': { type: 'string' },
      exclude: { type: 'string', multiple: true },
      'rpo-hours': { type: 'string' },
      'rto-minutes': { type: 'string' },
      'keep-archive': { type: 'string' },
      'pg-bin': { type: 'string' },
      'install-pg-tools': { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      cloudsql: { type: 'boolean' },
      project: { type: 'string' },
      instance: { type: 'string' },
      'api-endpoint': { type: 'string' },
      database: { type: 'string', multiple: true },
      'point-in-time': { type: 'string' },
      'backup-now': { type: 'boolean' },
      timeout: { type: 'string' },
    });
    if (values.help) return help(io, this);
    const format = oneOf('backup-verify', 'format', values.format, REPORT_FORMATS, 'text');
    const compare = values.source !== undefined || values.target !== undefined;
    if (values.cloudsql && compare)
      throw new UsageError(
        "pgci backup-verify: --cloudsql verifies an instance's backups; compare mode (--source/--target) is separate.",
      );
    const cloudOnly = [
      'project',
      'instance',
      'api-endpoint',
      'database',
      'point-in-time',
      'backup-now',
      'timeout',
    ] as const;
    const stray = cloudOnly.find((k) => values[k] !== undefined);
    if (!values.cloudsql && stray)
      throw new UsageError(
        `pgci backup-verify: --${stray} belongs to Cloud SQL mode; add --cloudsql.`,
      );
    if (compare && (!values.source || !values.target))
      throw new UsageError('pgci backup-verify: compare mode needs both --source and --target.');
    if (compare && values['database-url'])
      throw new UsageError(
        'pgci backup-verify: give either --database-url (backup mode) or --source and --target (compare mode), not both.',
      );
    const input: BackupSettingsInput = {
      config: values.config,
      dumpFormat: values['dump-format'],
      jobs: values.jobs,
      encryptionKeyEnv: values['encryption-key-env'],
      hash: values.hash,
      strict: values.strict,
      chunkRows: values['chunk-rows'],
      exclude: values.exclude,
      rpoHours: values['rpo-hours'],
      rtoMinutes: values['rto-minutes'],
    };
    const settings = await resolveBackupSettings(input, io.env);
    const log = (line: string) => io.stderr(`${line}\n`);
    let result: BackupVerifyResult;
    if (values.cloudsql) {
      const project = values.project ?? settings.cloudSql.project;
      const instance = values.instance ?? settings.cloudSql.instance;
      if (!project || !instance)
        throw new UsageError(
          'pgci backup-verify: --cloudsql needs --project and --instance (or -c with an instance: section).',
        );
      const timeout = values.timeout === undefined ? 3600 : Number(values.timeout);
      if (!(timeout > 0))
        throw new UsageError('pgci backup-verify: --timeout takes a number of seconds above 0.');
      const { verifyCloudSqlBackup } = await import('../../backup/cloudsql.js');
      const databases = values.database ?? settings.cloudSql.databases;
      const sourceUrl = values['database-url'] ?? io.env.DATABASE_URL;
      result = await verifyCloudSqlBackup({
        ...settings,
        project,
        instance,
        ...(values['api-endpoint'] ? { apiEndpoint: values['api-endpoint'] } : {}),
        ...(sourceUrl ? { sourceUrl } : {}),
        ...(databases?.length ? { databases } : {}),
        ...(values['point-in-time'] ? { pointInTime: values['point-in-time'] } : {}),
        backupNow: Boolean(values['backup-now']),
        timeoutMs: timeout * 1000,
        log,
      });
    } else if (compare) {
      result = await compareDatabases(values.source!, values.target!, { ...settings, log });
    } else {
      const url = values['database-url'] ?? io.env.DATABASE_URL;
      if (!url)
        throw new UsageError(
          'pgci backup-verify: give --database-url (or set DATABASE_URL), or --source and --target.',
        );
      result = await backupVerify({
        ...settings,
        sourceUrl: url,
        scratchUrl: values['scratch-url'],
        archive: values.archive,
        keepArchiveDir: values['keep-archive'],
        pgBin: values['pg-bin'],
        installTools: values['install-pg-tools'],
        log,
      });
    }
    const report = backupVerifyReport(result);
    await printReports(io, [report], format);
    return result.ok ? EXIT.ok : EXIT.findings;
  },
};
