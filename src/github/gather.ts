/**
 * Gathers the Reports that check actions wrote (`$RUNNER_TEMP/pgci-reports/<check>.json`, see
 * `publish` in src/actions/shell.ts), or that a workflow downloaded as artifacts (nested folders).
 * Whatever checks exist publish this way, so a new check needs no change here. Files that are
 * not Reports are skipped with a reason: in a workflow_run they come from untrusted code.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Annotation, Report, Status } from '../report/report.js';

const STATUSES: readonly Status[] = ['pass', 'warn', 'fail', 'skip'];
const LEVELS: readonly Annotation['level'][] = ['failure', 'warning', 'notice'];
/** A report larger than this is not one of ours. */
const MAX_REPORT_BYTES = 8 * 1024 * 1024;

export interface Gathered {
  reports: Report[];
  skipped: { file: string; reason: string }[];
}

async function jsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Checks the shape a Report must have; returns why not, or undefined. */
export function reportShapeError(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const r = value as Record<string, unknown>;
  if (!isString(r.check) || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(r.check))
    return 'no valid "check" id';
  for (const key of ['title', 'summary', 'details'] as const) {
    if (!isString(r[key])) return `"${key}" is not a string`;
  }
  if (!STATUSES.includes(r.status as Status))
    return `"status" is not one of ${STATUSES.join(', ')}`;
  if (!Array.isArray(r.annotations)) return '"annotations" is not a list';
  const bad = r.annotations.findIndex((a: unknown) => {
    const x = a as Record<string, unknown> | null;
    return (
      !x ||
      !LEVELS.includes(x.level as Annotation['level']) ||
      !isString(x.file) ||
      !Number.isInteger(x.line) ||
      !isString(x.message)
    );
  });
  if (bad >= 0) return `annotation ${bad} lacks level, file, line or message`;
  return undefined;
}

export async function gatherReports(dir: string): Promise<Gathered> {
  const out: Gathered = { reports: [], skipped: [] };
  let files: string[];
  try {
    files = await jsonFiles(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return out;
    throw err;
  }
  const byCheck = new Map<string, Report>();
  for (const file of files) {
    const name = relative(dir, file);
    const text = await readFile(file, 'utf8');
    if (text.length > MAX_REPORT_BYTES) {
      out.skipped.push({ file: name, reason: 'larger than 8 MiB' });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      out.skipped.push({ file: name, reason: 'not valid JSON' });
      continue;
    }
    const why = reportShapeError(value);
    if (why) {
      out.skipped.push({ file: name, reason: why });
      continue;
    }
    const report = value as Report;
    // The same check twice (a re-run job's artifact beside the first): the last file wins.
    byCheck.set(report.check, { ...report, title: report.title || report.check });
  }
  out.reports = [...byCheck.values()].sort((a, b) =>
    a.check < b.check ? -1 : a.check > b.check ? 1 : 0,
  );
  return out;
}
