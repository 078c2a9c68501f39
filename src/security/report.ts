/** The scan as a Report (status, summary, markdown, annotations) and as the JSON contract. */
import { collapsible, escapeCell } from '../report/markdown.js';
import type { Annotation, Report } from '../report/report.js';
import type { ScanResult } from './scan.js';
import { referenceText } from './sarif.js';
import { SEVERITIES, type Finding } from './types.js';

/** Rows in the markdown table: a job summary or PR comment must stay readable (and under 1 MiB). */
const MAX_ROWS = 200;

/** `--format json`: the contract in the issue, plus what the scan could not read. */
export function scanJson(result: ScanResult) {
  return {
    findings: result.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      title: f.title,
      object: f.object,
      message: f.message,
      references: f.references.map(referenceText),
      remediation: f.remediation,
      fingerprint: f.fingerprint,
      ...(f.location ? { location: f.location } : {}),
    })),
    skipped: result.skipped,
    summary: result.summary,
    suppressed: result.suppressed.map((s) => ({
      id: s.id,
      object: s.object,
      fingerprint: s.fingerprint,
      reason: s.reason,
      expires: s.expires,
    })),
    warnings: result.warnings,
    profile: result.profile,
    targets: result.targets,
    checks: result.checks,
    failOn: result.failOn,
    failed: result.failed,
  };
}

export function summaryLine(result: ScanResult): string {
  const counts = SEVERITIES.map((s) => `${result.summary[s]} ${s}`).join(', ');
  return `${result.findings.length ? counts : 'no findings'}; ${result.checks.passed} passed, ${result.checks.skipped} skipped, ${result.suppressed.length} suppressed (profile ${result.profile}, fail on ${result.failOn})`;
}

export function scanReport(result: ScanResult): Report {
  const status = result.failed
    ? 'fail'
    : result.findings.length || result.warnings.length
      ? 'warn'
      : 'pass';
  const details = [
    ...result.warnings.map((w) => `> ⚠️ ${w}`),
    result.warnings.length ? '' : undefined,
    result.findings.length
      ? [
          '| severity | check | object | finding |',
          '| --- | --- | --- | --- |',
          ...result.findings
            .slice(0, MAX_ROWS)
            .map(
              (f) =>
                `| ${f.severity} | \`${f.id}\` | \`${escapeCell(f.object)}\` | ${escapeCell(f.message)} |`,
            ),
          ...(result.findings.length > MAX_ROWS
            ? [
                `\n… and ${result.findings.length - MAX_ROWS} more findings (all of them are in the JSON and SARIF output).`,
              ]
            : []),
        ].join('\n')
      : 'No findings.',
    '',
    result.skipped.length
      ? collapsible(
          `${result.skipped.length} checks skipped`,
          [
            '| check | why |',
            '| --- | --- |',
            ...result.skipped.map((s) => `| \`${s.id}\` | ${escapeCell(s.reason)} |`),
          ].join('\n'),
        )
      : '',
    result.suppressed.length
      ? '\n' +
        collapsible(
          `${result.suppressed.length} findings suppressed`,
          [
            '| check | object | reason | expires |',
            '| --- | --- | --- | --- |',
            ...result.suppressed.map(
              (s) =>
                `| \`${s.id}\` | \`${escapeCell(s.object)}\` | ${escapeCell(s.reason)} | ${s.expires} |`,
            ),
          ].join('\n'),
        )
      : '',
  ]
    .filter((l) => l !== undefined)
    .join('\n');
  return {
    check: 'security-scan',
    title: 'Security scan',
    status,
    summary: summaryLine(result),
    details,
    annotations: result.findings.filter((f) => f.location).map(toAnnotation),
    data: scanJson(result),
  };
}

function toAnnotation(f: Finding): Annotation {
  return {
    level:
      f.severity === 'critical' || f.severity === 'high'
        ? 'failure'
        : f.severity === 'medium'
          ? 'warning'
          : 'notice',
    file: f.location!.file,
    line: f.location!.line,
    column: f.location!.column,
    title: `${f.id} (${f.severity})`,
    message: `${f.message} [${f.object}]`,
  };
}

/** Terminal text: one line per finding, the skipped checks, the warnings. */
export function scanText(result: ScanResult): string {
  const lines: string[] = [];
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  for (const f of result.findings) {
    const where = f.location ? `${f.location.file}:${f.location.line}: ` : '';
    lines.push(
      `${f.severity.toUpperCase().padEnd(8)} ${f.id}  ${f.object}\n         ${where}${f.message}`,
    );
  }
  if (result.skipped.length) {
    lines.push('', `skipped (${result.skipped.length}):`);
    for (const s of result.skipped) lines.push(`  ${s.id}: ${s.reason}`);
  }
  if (result.suppressed.length) {
    lines.push('', `suppressed (${result.suppressed.length}):`);
    for (const s of result.suppressed)
      lines.push(`  ${s.id} ${s.object}: ${s.reason} (until ${s.expires})`);
  }
  lines.push('', `${result.failed ? '✖' : '✔'} security scan: ${summaryLine(result)}`);
  return lines.join('\n') + '\n';
}
