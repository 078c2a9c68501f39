/**
 * The broken-config corpus in test/fixtures/configs: one file per mistake. Each file marks the
 * line where a problem must be reported with a trailing comment `# <- <rule-id>` (several per
 * file, or per line, are allowed); a problem with no line of its own (an empty file) is declared
 * in a comment line `# expect: <rule-id> at <line>`. For every file this checks that each marked
 * problem is reported at its line, that no unmarked error or warning is reported (so each file
 * breaks only what it says; notices such as cloudsql-flag-restart may go unmarked), that the
 * file never validates clean, and that no message repeats a password written in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../src/config/problem.js';
import { RULES } from '../../src/config/rules/catalog.js';
import { ENV_REFERENCE } from '../../src/config/env-reference.js';
import { validateConfigFile } from '../../src/config/validate.js';
import { FIXTURES } from '../helpers/paths.js';

const DIR = join(FIXTURES, 'configs');
const TODAY = new Date('2026-11-27');

interface Expected {
  rule: string;
  line: number;
}

/** `# <- rule-id` markers (on the line they name) and `# expect: rule-id at N` declarations. */
function expectations(text: string): Expected[] {
  const out: Expected[] = [];
  text.split(/\r?\n/).forEach((content, i) => {
    for (const m of content.matchAll(/#\s*<-\s*([a-z][a-z0-9-]*)/g)) {
      out.push({ rule: m[1] as string, line: i + 1 });
    }
    const declared = /^\s*#\s*expect:\s*([a-z][a-z0-9-]*)\s+at\s+(\d+)\s*$/.exec(content);
    if (declared) out.push({ rule: declared[1] as string, line: Number(declared[2]) });
  });
  return out;
}

/** `password: value` in block or flow style: single-quoted, double-quoted or plain. */
const PASSWORD = /\bpassword:[ \t]*(?:'([^']*)'|"([^"]*)"|(\$\{[^}\s]*\}|[^\s#,}\]]+))/g;

/** Password values written in the file, except ${ENV_VAR} references. */
function passwords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PASSWORD)) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    if (value && !ENV_REFERENCE.test(value)) out.push(value);
  }
  return out;
}

const show = (problems: Problem[]) =>
  problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.rule} — ${p.message}`).join('\n');

const files = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

const cases = files.map((file) => {
  const path = join(DIR, file);
  const text = readFileSync(path, 'utf8');
  return { file, path, text, expected: expectations(text), secrets: passwords(text) };
});

describe('the broken-config corpus', () => {
  it('holds at least 36 fixtures, each with at least one marker', () => {
    expect(cases.length).toBeGreaterThanOrEqual(36);
    expect(cases.filter((c) => c.expected.length === 0).map((c) => c.file)).toEqual([]);
  });

  it('marks only rule ids from the catalog', () => {
    const unknown = cases.flatMap((c) =>
      c.expected.filter((e) => !(e.rule in RULES)).map((e) => `${c.file}:${e.line} ${e.rule}`),
    );
    expect(unknown).toEqual([]);
  });

  it('covers every rule in the catalog', () => {
    const marked = new Set(cases.flatMap((c) => c.expected.map((e) => e.rule)));
    expect(Object.keys(RULES).filter((rule) => !marked.has(rule))).toEqual([]);
  });
});

describe.each(cases)('$file', ({ path, expected, secrets }) => {
  let problems: Problem[];
  let errorsAndWarnings: Problem[];

  beforeAll(async () => {
    const result = await validateConfigFile(path, { today: TODAY });
    problems = [...result.errors, ...result.warnings, ...result.notices];
    errorsAndWarnings = [...result.errors, ...result.warnings];
  });

  // A file without markers is reported by the corpus test above; keep it.each non-empty.
  const markers = expected.length ? expected : [{ rule: '(no marker in the file)', line: 0 }];
  it.each(markers)('reports $rule at line $line', ({ rule, line }) => {
    const found = problems.some((p) => p.rule === rule && p.line === line);
    if (!found) {
      throw new Error(
        `Expected ${rule} at line ${line}; reported:\n${show(problems) || '(nothing)'}`,
      );
    }
  });

  it('reports no error or warning that is not marked', () => {
    // After a syntax error the YAML parser may report follow-on errors further down; those
    // are tolerated (the first one must still be at the marked line, checked above).
    const syntaxFrom = Math.min(
      ...expected.filter((e) => e.rule === 'yaml-syntax').map((e) => e.line),
    );
    const unmarked = errorsAndWarnings.filter(
      (p) =>
        !expected.some((e) => e.rule === p.rule && e.line === p.line) &&
        !(p.rule === 'yaml-syntax' && p.line >= syntaxFrom),
    );
    expect(show(unmarked)).toBe('');
  });

  it('does not validate clean', () => {
    expect(errorsAndWarnings.length).toBeGreaterThan(0);
  });

  it('never repeats a password written in the file', () => {
    for (const secret of secrets) {
      for (const p of problems) expect(p.message).not.toContain(secret);
    }
  });
});

describe('fixtures other tests rely on', () => {
  it('deletion-protection-off.yml has warnings only', async () => {
    const result = await validateConfigFile(join(DIR, 'deletion-protection-off.yml'), {
      today: TODAY,
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.rule)).toEqual(['security-deletion-protection']);
  });

  it('tier-memory.yml reports cloudsql-tier-memory as an error', async () => {
    const result = await validateConfigFile(join(DIR, 'tier-memory.yml'), { today: TODAY });
    expect(result.errors.map((e) => e.rule)).toContain('cloudsql-tier-memory');
  });
});
