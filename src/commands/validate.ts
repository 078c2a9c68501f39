/** `pgci validate` and the validate-config action: run the validation and shape its outputs. */
import type { Problem } from '../config/problem.js';
import { docsAnchor } from '../config/rules/catalog.js';
import {
  validateConfigFile,
  type ValidateOptions,
  type ValidationResult,
} from '../config/validate.js';
import { escapeCell } from '../report/markdown.js';
import type { Annotation, Report } from '../report/report.js';

export const DEFAULT_CONFIG_PATH = 'database/pgci.yml';

export async function runValidate(
  file: string,
  options: ValidateOptions = {},
): Promise<{
  result: ValidationResult;
  report: Report;
}> {
  const result = await validateConfigFile(file, options);
  return { result, report: validationReport(result) };
}

/** The JSON contract: {ok, errors, warnings, notices}, each problem with its location. */
export function validationJson(result: ValidationResult) {
  const strip = (p: Problem) => ({
    rule: p.rule,
    severity: p.severity,
    message: p.message,
    file: p.file,
    line: p.line,
    column: p.column,
    path: p.path,
  });
  return {
    ok: result.ok,
    file: result.file,
    errors: result.errors.map(strip),
    warnings: result.warnings.map(strip),
    notices: result.notices.map(strip),
  };
}

export function validationReport(result: ValidationResult): Report {
  const problems = [...result.errors, ...result.warnings, ...result.notices];
  const counts = countLine(result);
  const status = !result.ok
    ? 'fail'
    : result.warnings.length || result.errors.length
      ? 'warn'
      : 'pass';
  const summary = problems.length ? `${result.file}: ${counts}` : `${result.file} is valid`;
  const table = problems.length
    ? [
        '| severity | where | rule | problem |',
        '| --- | --- | --- | --- |',
        ...problems.map(
          (p) =>
            `| ${p.severity} | \`${p.file}:${p.line}:${p.column}\` | [${p.rule}](${docsAnchor(p.rule)}) | ${escapeCell(p.message)} |`,
        ),
      ].join('\n')
    : 'No problems found.';
  return {
    check: 'validate-config',
    title: 'Config validation',
    status,
    summary,
    details: table,
    annotations: problems.map(toAnnotation),
    data: validationJson(result),
  };
}

function toAnnotation(p: Problem): Annotation {
  return {
    level: p.severity === 'error' ? 'failure' : p.severity,
    file: p.file,
    line: p.line,
    column: p.column,
    title: p.rule,
    message: p.message,
  };
}

export function countLine(result: ValidationResult): string {
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    part(result.errors.length, 'error'),
    part(result.warnings.length, 'warning'),
    ...(result.notices.length ? [part(result.notices.length, 'notice')] : []),
  ].join(', ');
}

/** Terminal lines: `file:line:col: severity rule: message`, then a count. */
export function validationText(result: ValidationResult): string {
  const problems = [...result.errors, ...result.warnings, ...result.notices].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  const lines = problems.map(
    (p) => `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.rule}: ${p.message}`,
  );
  lines.push(
    problems.length
      ? `${result.ok ? '✔' : '✖'} ${result.file}: ${countLine(result)}`
      : `✔ ${result.file} is valid`,
  );
  return lines.join('\n') + '\n';
}
