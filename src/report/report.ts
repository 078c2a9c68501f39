/**
 * The one shape every pgci check produces. Checks never talk to GitHub; renderers and
 * src/github/ turn Reports into terminal text, markdown, annotations and (later) PR comments.
 */
export type Status = 'pass' | 'warn' | 'fail' | 'skip';

export interface Annotation {
  level: 'failure' | 'warning' | 'notice';
  file: string;
  line: number;
  column?: number;
  /** Short title, e.g. the rule id. */
  title: string;
  message: string;
}

export interface Report {
  /** Stable id, also the check-run name suffix: `validate-config`, `connection`, … */
  check: string;
  title: string;
  status: Status;
  /** One line for a table row. */
  summary: string;
  /** Markdown body of the check's section (tables, details). */
  details: string;
  annotations: Annotation[];
  /** The check's machine-readable result (what `--format json` prints). */
  data: unknown;
}

const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };

export function statusIcon(status: Status): string {
  return STATUS_ICON[status];
}

/** Worst status of several reports (fail > warn > pass > skip). */
export function overallStatus(reports: readonly Report[]): Status {
  const rank: Record<Status, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };
  return reports.reduce<Status>(
    (worst, r) => (rank[r.status] > rank[worst] ? r.status : worst),
    'skip',
  );
}
