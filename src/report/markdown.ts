/** Markdown for the job summary and the PR comment: a status table, then a section per check. */
import { overallStatus, statusIcon, type Report } from './report.js';

export function renderMarkdown(reports: readonly Report[], heading = 'pgci'): string {
  const lines = [
    `## ${statusIcon(overallStatus(reports))} ${heading}`,
    '',
    '| check | status | summary |',
    '| --- | --- | --- |',
    ...reports.map(
      (r) => `| ${r.title} | ${statusIcon(r.status)} ${r.status} | ${escapeCell(r.summary)} |`,
    ),
    '',
  ];
  for (const r of reports) {
    lines.push(`### ${statusIcon(r.status)} ${r.title}`, '', r.details.trim() || r.summary, '');
  }
  return lines.join('\n');
}

export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A collapsible block, as GitHub renders it in comments and summaries. */
export function collapsible(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body.trim()}\n\n</details>`;
}
