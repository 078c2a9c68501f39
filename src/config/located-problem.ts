/** Builds a Problem for a rule at a document path: the one place severity and position are set. */
import type { LoadedConfig } from './load.js';
import { formatPath, type DocPath, type Problem } from './problem.js';
import { RULES, type RuleId } from './rules/catalog.js';

export function locatedProblem(
  loaded: LoadedConfig,
  rule: RuleId,
  path: DocPath,
  message: string,
  target: 'key' | 'value' = 'key',
): Problem {
  const { line, column } = loaded.locate(path, target);
  return {
    rule,
    severity: RULES[rule].severity,
    message,
    file: loaded.file,
    line,
    column,
    path: formatPath(path),
  };
}
