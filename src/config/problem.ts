/** A problem found in a config file, located at the line and column that cause it. */
export type Severity = 'error' | 'warning' | 'notice';

export interface Problem {
  /** Rule id, e.g. `cloudsql-tier-memory`; its docs live at docs/configuration.md#<rule>. */
  rule: string;
  severity: Severity;
  /** What is wrong and what to do. Never contains a secret. */
  message: string;
  file: string;
  line: number;
  column: number;
  /** Where in the document, e.g. `roles[2].password`; empty for the whole file. */
  path: string;
}

/** A path into the document: keys and array indexes. */
export type DocPath = readonly (string | number)[];

export function formatPath(path: DocPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** True when `severity` is at or above `threshold` (fail-on semantics). */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

export function byPosition(a: Problem, b: Problem): number {
  // Plain comparison: localeCompare would load ICU collation data at start-up.
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
