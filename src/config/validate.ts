/**
 * validate-config's core: load → YAML problems → schema → rules. Shared by the action, the
 * command line and every later command that needs a trusted config.
 */
import { loadConfigFile, parseConfigText, type LoadedConfig } from './load.js';
import { atLeast, byPosition, type Problem, type Severity } from './problem.js';
import { runRules } from './rules/index.js';
import { checkSchema } from './schema-check.js';
import type { PgciConfig } from './schema.js';

export interface ValidationResult {
  file: string;
  /** No problem at or above the fail-on level. */
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
  notices: Problem[];
  /** The typed config, present when the schema check passed. */
  config?: PgciConfig;
}

export interface ValidateOptions {
  /** Lowest severity that makes `ok` false (default: error). */
  failOn?: Severity;
  /** "Now", for expiry checks; injectable for tests. */
  today?: Date;
}

export async function validateConfigFile(
  file: string,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  return validateLoaded(await loadConfigFile(file), options);
}

export function validateConfigText(
  text: string,
  file: string,
  options: ValidateOptions = {},
): ValidationResult {
  return validateLoaded(parseConfigText(text, file), options);
}

export function validateLoaded(
  loaded: LoadedConfig,
  options: ValidateOptions = {},
): ValidationResult {
  const failOn = options.failOn ?? 'error';
  let problems: Problem[] = loaded.yamlProblems;
  let config: PgciConfig | undefined;
  if (problems.length === 0) {
    problems = checkSchema(loaded);
    if (problems.length === 0) {
      config = loaded.data as PgciConfig;
      problems = runRules(config, loaded, options.today ?? new Date());
    }
  }
  problems.sort(byPosition);
  const of = (s: Severity) => problems.filter((p) => p.severity === s);
  return {
    file: loaded.file,
    ok: !problems.some((p) => atLeast(p.severity, failOn)),
    errors: of('error'),
    warnings: of('warning'),
    notices: of('notice'),
    ...(config ? { config } : {}),
  };
}
