/**
 * database/pgci-suppressions.yml: findings a team accepted on purpose, each with a reason and an
 * expiry date. An expired suppression no longer hides its finding, and says so in a warning.
 *
 *   suppressions:
 *     - id: log-min-duration-statement
 *       object: "setting:*"            # * matches any run of characters, ? one character
 *       reason: we log slow queries on purpose (SLO 200 ms)
 *       expires: 2027-03-31
 */
import { readFile } from 'node:fs/promises';
import { InputError, parseConfigText } from '../config/load.js';
import type { Finding } from './types.js';

export const DEFAULT_SUPPRESSIONS_PATH = 'database/pgci-suppressions.yml';

export interface Suppression {
  id: string;
  object: string;
  reason: string;
  expires: string;
  line: number;
}

export async function loadSuppressions(file: string, required: boolean): Promise<Suppression[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new InputError(`${file}: cannot read the suppressions file: ${(err as Error).message}`);
  }
  return parseSuppressions(text, file);
}

export function parseSuppressions(text: string, file: string): Suppression[] {
  const loaded = parseConfigText(text, file);
  const bad = loaded.yamlProblems[0];
  if (bad) throw new InputError(`${file}:${bad.line}:${bad.column}: ${bad.message}`);
  const data = loaded.data as { suppressions?: unknown } | null | undefined;
  if (data == null) return [];
  if (typeof data !== 'object' || !Array.isArray(data.suppressions))
    throw new InputError(`${file}:1:1: expected a mapping with a \`suppressions:\` list.`);
  return data.suppressions.map((entry: unknown, i: number) => {
    const at = loaded.locate(['suppressions', i]);
    const e = (entry ?? {}) as Record<string, unknown>;
    const fail = (what: string) => {
      throw new InputError(`${file}:${at.line}:${at.column}: suppression ${i + 1} ${what}.`);
    };
    for (const key of ['id', 'object', 'reason', 'expires'])
      if (e[key] === undefined || e[key] === null || String(e[key]).trim() === '')
        fail(`needs \`${key}\` (every suppression has id, object, reason and expires)`);
    const expires =
      e.expires instanceof Date ? e.expires.toISOString().slice(0, 10) : String(e.expires);
    if (!/^\d{4}-\d{2}-\d{2}/.test(expires) || Number.isNaN(new Date(expires).getTime()))
      fail(`has expires "${expires}"; write a date, YYYY-MM-DD`);
    return {
      id: String(e.id),
      object: String(e.object),
      reason: String(e.reason),
      expires,
      line: at.line,
    };
  });
}

/** `*` any run of characters, `?` one; everything else literal. */
export function matchesPattern(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`).test(value);
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: (Finding & { reason: string; expires: string })[];
  warnings: string[];
}

export function applySuppressions(
  findings: Finding[],
  suppressions: Suppression[],
  today: Date,
  file: string,
): SuppressionOutcome {
  const out: SuppressionOutcome = { kept: [], suppressed: [], warnings: [] };
  const expiredUsed = new Set<Suppression>();
  for (const f of findings) {
    const matching = suppressions.filter(
      (s) => (s.id === f.id || s.id === '*') && matchesPattern(s.object, f.object),
    );
    const live = matching.find(
      (s) => new Date(`${s.expires.slice(0, 10)}T23:59:59Z`).getTime() >= today.getTime(),
    );
    if (live) out.suppressed.push({ ...f, reason: live.reason, expires: live.expires });
    else {
      out.kept.push(f);
      for (const s of matching) expiredUsed.add(s);
    }
  }
  for (const s of expiredUsed)
    out.warnings.push(
      `${file}:${s.line}: the suppression of ${s.id} for ${s.object} expired on ${s.expires}; its findings are reported again. Fix them, or renew the suppression with a new reason and date.`,
    );
  return out;
}
