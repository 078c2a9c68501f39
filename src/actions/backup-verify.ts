/** actions/backup-verify: inputs → backup-verify (or compare) → report, outputs, gate. */
import * as core from '@actions/core';
import { backupVerifyReport } from '../backup/report.js';
import { resolveBackupSettings } from '../backup/settings.js';
import { backupVerify, compareDatabases, type BackupVerifyResult } from '../backup/verify.js';
import { urlPassword } from '../postgres/connect.js';
import { publish, runAction } from './shell.js';

/** Registers a URL and its password as secrets before anything can print them. */
function secretUrl(name: string): string | undefined {
  const url = core.getInput(name) || undefined;
  if (url) {
    core.setSecret(url);
    const password = urlPassword(url);
    if (password) core.setSecret(password);
  }
  return url;
}

await runAction(async () => {
  const databaseUrl = secretUrl('database-url');
  const sourceUrl = secretUrl('source-url');
  const targetUrl = secretUrl('target-url');
  const scratchUrl = secretUrl('scratch-url');
  const keyEnv = core.getInput('encryption-key') ? 'PGCI_BACKUP_ENCRYPTION_KEY' : undefined;
  const env = { ...process.env };
  if (keyEnv) {
    core.setSecret(core.getInput('encryption-key'));
    env[keyEnv] = core.getInput('encryption-key');
  }
  const settings = await resolveBackupSettings(
    {
      config: core.getInput('config') || undefined,
      dumpFormat: core.getInput('dump-format') || undefined,
      jobs: core.getInput('jobs') || undefined,
      encryptionKeyEnv: keyEnv,
      hash: core.getInput('hash') || undefined,
      strict: core.getInput('strict') ? core.getBooleanInput('strict') : undefined,
      exclude: core.getMultilineInput('exclude').filter(Boolean),
      rpoHours: core.getInput('rpo-hours') || undefined,
      rtoMinutes: core.getInput('rto-minutes') || undefined,
    },
    env,
  );
  const log = (line: string) => core.info(line);
  let result: BackupVerifyResult;
  if (core.getInput('cloudsql') && core.getBooleanInput('cloudsql')) {
    const project = core.getInput('project') || settings.cloudSql.project;
    const instance = core.getInput('instance') || settings.cloudSql.instance;
    if (!project || !instance)
      throw new Error(
        'Cloud SQL mode needs the project and instance inputs (or a config with instance:).',
      );
    const timeout = Number(core.getInput('timeout') || '3600');
    if (!(timeout > 0)) throw new Error('The timeout input takes a number of seconds above 0.');
    const databases = core.getMultilineInput('databases').filter(Boolean);
    const { verifyCloudSqlBackup } = await import('../backup/cloudsql.js');
    result = await verifyCloudSqlBackup({
      ...settings,
      project,
      instance,
      ...(core.getInput('api-endpoint') ? { apiEndpoint: core.getInput('api-endpoint') } : {}),
      ...(databaseUrl ? { sourceUrl: databaseUrl } : {}),
      ...(databases.length
        ? { databases }
        : settings.cloudSql.databases
          ? { databases: settings.cloudSql.databases }
          : {}),
      ...(core.getInput('point-in-time') ? { pointInTime: core.getInput('point-in-time') } : {}),
      backupNow: core.getInput('backup-now') ? core.getBooleanInput('backup-now') : false,
      timeoutMs: timeout * 1000,
      log,
    });
  } else if (sourceUrl || targetUrl) {
    if (!sourceUrl || !targetUrl)
      throw new Error('Compare mode needs both source-url and target-url inputs.');
    result = await compareDatabases(sourceUrl, targetUrl, { ...settings, log });
  } else {
    if (!databaseUrl)
      throw new Error('Give the database-url input (backup mode) or source-url and target-url.');
    result = await backupVerify({
      ...settings,
      sourceUrl: databaseUrl,
      scratchUrl,
      archive: core.getInput('archive') || undefined,
      keepArchiveDir: core.getInput('keep-archive') || undefined,
      installTools: core.getInput('install-pg-tools')
        ? core.getBooleanInput('install-pg-tools')
        : true,
      log,
    });
  }
  const report = backupVerifyReport(result);
  await publish(report);
  core.setOutput('ok', String(result.ok));
  core.setOutput('restore-seconds', String(result.restoreSeconds ?? ''));
  core.setOutput('backup-age-hours', String(result.backupAgeHours ?? ''));
  core.setOutput('archive-sha256', result.archive?.sha256 ?? '');
  core.setOutput('scratch-instance', result.cloudSql?.scratchInstance?.name ?? '');
  if (!result.ok) core.setFailed(`backup-verify: ${report.summary}`);
  else core.info(`backup-verify: ${report.summary}`);
});
