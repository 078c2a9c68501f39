/** backup-verify's result as a Report: status, one-line summary, the PR section, JSON data. */
import { collapsible, escapeCell } from '../report/markdown.js';
import type { Report, Status } from '../report/report.js';
import type { BackupVerifyResult } from './verify.js';

const SHOWN_DIFFERENCES = 50;

function summaryLine(r: BackupVerifyResult): string {
  if (r.error) return r.error;
  const differing = r.tables.filter((t) => !t.equal).length;
  const parts = [
    `${r.tables.length} table(s), ${r.tables.reduce((n, t) => n + t.rows, 0)} rows compared`,
    differing ? `${differing} differ` : 'all equal',
    r.schemaDifferences.length
      ? `${r.schemaDifferences.length} schema difference(s)`
      : 'schema equal',
  ];
  if (r.restoreSeconds !== null) parts.push(`restore ${r.restoreSeconds} s`);
  if (r.targets.rtoOk === false) parts.push(`RTO ${r.targets.rtoMinutes} min exceeded`);
  if (r.targets.rpoOk === false)
    parts.push(`backup ${r.backupAgeHours} h old, RPO ${r.targets.rpoHours} h`);
  const scratch = r.cloudSql?.scratchInstance;
  if (scratch && !scratch.deleted) parts.push(`scratch instance ${scratch.name} NOT deleted`);
  return parts.join(', ');
}

const MODES: Record<BackupVerifyResult['mode'], string> = {
  backup: 'pg_dump → pg_restore into a scratch database → compare',
  compare: 'compare two live databases',
  cloudsql: 'Cloud SQL backup → restore into a scratch instance → compare with the source',
};

/** The Cloud SQL path's facts: backup run, PITR, scratch instance. */
function cloudSqlFacts(r: BackupVerifyResult): string[] {
  const c = r.cloudSql;
  if (!c) return [];
  const rows = [
    `| instance | \`${escapeCell(`${c.project}:${c.instance}`)}\`${c.databaseVersion ? ` (${c.databaseVersion}, ${escapeCell(c.tier)})` : ''} |`,
  ];
  if (c.backupRun)
    rows.push(
      `| backup run | ${c.backupRun.id} (${c.backupRun.type}, ${c.backupRun.status}${c.backupRun.startTime ? `, started ${c.backupRun.startTime}` : ''}) |`,
    );
  rows.push(
    `| point-in-time recovery | ${c.pitr.enabled ? `on${c.pitr.latestRecoveryTime ? `, window ${c.pitr.earliestRecoveryTime ?? '?'} to ${c.pitr.latestRecoveryTime}` : ''}${c.pitr.error ? ` (${escapeCell(c.pitr.error)})` : ''}` : 'off'} |`,
  );
  if (c.pointInTime)
    rows.push(`| restored to | ${escapeCell(c.pointInTime)} (point-in-time clone) |`);
  if (c.databases.length)
    rows.push(
      `| databases compared | ${c.databases.map((d) => `\`${escapeCell(d)}\``).join(', ')} |`,
    );
  if (c.scratchInstance)
    rows.push(
      `| scratch instance | \`${escapeCell(c.scratchInstance.name)}\` ${c.scratchInstance.deleted ? 'deleted' : `**not deleted**: ${escapeCell(c.scratchInstance.deleteError ?? '')}`} |`,
    );
  return rows;
}

export function backupVerifyReport(r: BackupVerifyResult): Report {
  const status: Status = r.ok ? 'pass' : 'fail';
  const sections: string[] = [];
  const facts = [
    '| fact | value |',
    '| --- | --- |',
    `| mode | ${MODES[r.mode]} |`,
    `| source | ${escapeCell(r.source)} |`,
    ...cloudSqlFacts(r),
  ];
  if (r.target)
    facts.push(
      `| ${r.mode === 'compare' ? 'target' : 'restored into'} | ${escapeCell(r.target)} |`,
    );
  if (r.tools)
    facts.push(`| tools | ${escapeCell(r.tools.version)} (${escapeCell(r.tools.source)}) |`);
  if (r.archive) {
    facts.push(
      `| archive | ${r.archive.format} format, ${r.archive.bytes} bytes, sha256 \`${r.archive.sha256}\` |`,
    );
    if (r.archive.encrypted)
      facts.push(
        `| encryption | AES-256-GCM${r.archive.encryptedSha256 ? `, encrypted sha256 \`${r.archive.encryptedSha256}\`` : ''}${r.archive.roundTrip ? ', decrypt round-trip verified' : ''} |`,
      );
  }
  if (r.restoreSeconds !== null)
    facts.push(
      `| restore time (RTO) | ${r.restoreSeconds} s${r.targets.rtoMinutes !== undefined ? ` (target ${r.targets.rtoMinutes} min: ${r.targets.rtoOk ? 'met' : 'exceeded'})` : ''} |`,
    );
  if (r.backupAgeHours !== null)
    facts.push(
      `| backup age (RPO) | ${r.backupAgeHours} h${r.targets.rpoHours !== undefined ? ` (target ${r.targets.rpoHours} h: ${r.targets.rpoOk ? 'met' : 'exceeded'})` : ''} |`,
    );
  if (r.hash)
    facts.push(
      `| data hash | ${r.hash === 'fast' ? 'hashtextextended (same major)' : 'md5-based, version-independent'}${r.strict ? ' + strict ordered sha256' : ''}${r.snapshot ? ', source read in the dumped snapshot' : ''} |`,
    );
  if (r.scratchDatabase)
    facts.push(
      `| scratch database | \`${r.scratchDatabase.name}\` ${r.scratchDatabase.dropped ? 'dropped' : '**not dropped: drop it by hand**'} |`,
    );
  sections.push(facts.join('\n'));
  if (r.error) sections.push(`**${escapeCell(r.error)}**`);
  if (r.restoreErrors?.length)
    sections.push(collapsible('pg_restore errors', '```\n' + r.restoreErrors.join('\n') + '\n```'));
  if (r.schemaDifferences.length) {
    const shown = r.schemaDifferences.slice(0, SHOWN_DIFFERENCES).map((d) => `- ${d.text}`);
    if (r.schemaDifferences.length > SHOWN_DIFFERENCES)
      shown.push(
        `- … and ${r.schemaDifferences.length - SHOWN_DIFFERENCES} more (see the JSON report)`,
      );
    sections.push(`**Schema differences (${r.schemaDifferences.length})**\n\n${shown.join('\n')}`);
  }
  if (r.tables.length) {
    const differing = r.tables.filter((t) => !t.equal);
    const row = (t: BackupVerifyResult['tables'][number]) =>
      `| ${escapeCell(t.name)} | ${t.rows} | ${t.restoredRows ?? '—'} | ${t.equal ? '✅' : '❌'} | ${escapeCell(t.firstMismatch ?? '')} |`;
    const head = [
      '| table | rows | restored | equal | first mismatch |',
      '| --- | --- | --- | --- | --- |',
    ];
    if (differing.length) sections.push([...head, ...differing.map(row)].join('\n'));
    sections.push(
      collapsible(`All ${r.tables.length} tables`, [...head, ...r.tables.map(row)].join('\n')),
    );
  }
  if (r.largeObjects)
    sections.push(
      `Large objects: ${r.largeObjects.rows} in the source, ${r.largeObjects.restoredRows} restored, ${r.largeObjects.equal ? 'equal' : '**differ**'}.`,
    );
  if (r.skipped.length)
    sections.push(
      `Not compared: ${r.skipped.map((s) => `\`${escapeCell(s.name)}\` (${s.reason})`).join(', ')}.`,
    );
  return {
    check: 'backup-verify',
    title: 'Backup verification',
    status,
    summary: summaryLine(r),
    details: sections.join('\n\n'),
    annotations: [],
    data: r,
  };
}
