/** Plain terminal rendering of reports: a status line each, then its details. */
import { statusIcon, type Report } from './report.js';

export function renderText(
  reports: readonly Report[],
  options: { details?: boolean } = {},
): string {
  return (
    reports
      .map((r) => {
        const head = `${statusIcon(r.status)} ${r.title}: ${r.summary}`;
        return options.details && r.details.trim() ? `${head}\n\n${r.details.trim()}\n` : head;
      })
      .join('\n') + '\n'
  );
}
