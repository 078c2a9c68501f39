/**
 * Checks data against the JSON Schema (Ajv) and turns Ajv's errors into located problems with
 * a message a person can act on ("did you mean" for unknown keys and enum values).
 */
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import type { LoadedConfig } from './load.js';
import { type DocPath, type Problem, formatPath } from './problem.js';
import type { RuleId } from './rules/catalog.js';
import { locatedProblem } from './located-problem.js';
// Precompiled from ConfigSchema (npm run generate): no schema compilation at start-up.
import { validate as validateGenerated } from './schema-validator.generated.js';

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
const validate = validateGenerated as CompiledValidator;

export function checkSchema(loaded: LoadedConfig): Problem[] {
  const data = loaded.data;
  const make: Make = (rule, path, message, target) =>
    locatedProblem(loaded, rule, path, message, target);

  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    return [
      make(
        'config-not-a-mapping',
        [],
        'The config must be a YAML mapping that starts with `version: 1`; this file is empty or holds a single value or a list.',
      ),
    ];
  }

  if (validate(data)) return [];

  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const err of validate.errors ?? []) {
    const path = pointerToPath(err.instancePath, data);
    const problem = describe(err, path, make);
    if (!problem) continue;
    const key = `${problem.rule}|${problem.path}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

type Make = (rule: RuleId, path: DocPath, message: string, target?: 'key' | 'value') => Problem;

function describe(err: ErrorObject, path: DocPath, make: Make): Problem | undefined {
  const where = path.length ? `\`${formatPath(path)}\`` : 'The file';
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(
        (err.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const suggestion = suggest(key, known);
      const inWhere = path.length ? ` in \`${formatPath(path)}\`` : ' at the top level';
      const fix = suggestion
        ? `Did you mean \`${suggestion}\`?`
        : known.length
          ? `Known keys: ${known.join(', ')}.`
          : 'Remove it.';
      return make('schema-unknown-key', [...path, key], `Unknown key \`${key}\`${inWhere}. ${fix}`);
    }
    case 'required': {
      const missing = String(params.missingProperty);
      if (missing === 'version' && path.length === 0) {
        return make(
          'schema-version',
          [],
          'The file has no `version`. Add `version: 1` at the top.',
        );
      }
      return make(
        'schema-required',
        path,
        `${where} is missing \`${missing}\`. Add \`${missing}:\` to it.`,
      );
    }
    case 'const':
      if (path.length === 1 && path[0] === 'version') {
        return make(
          'schema-version',
          path,
          '`version` must be 1, the only config version this pgci reads.',
          'value',
        );
      }
      return make('schema-enum', path, `${where} must be ${JSON.stringify(params.allowedValue)}.`);
    case 'type':
      return make(
        'schema-type',
        path,
        `${where} must be ${article(String(params.type))}; write it as one.`,
        'value',
      );
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const got = err.data;
      const suggestion = typeof got === 'string' ? suggest(got, allowed) : undefined;
      return make(
        'schema-enum',
        path,
        `${where} must be one of ${allowed.join(', ')}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
        'value',
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return make(
        'schema-range',
        path,
        `${where} must be ${comparison(err.keyword)} ${String(params.limit)}.`,
        'value',
      );
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems': {
      const what = err.keyword.endsWith('Items') ? 'items' : 'characters';
      const bound = err.keyword.startsWith('min') ? 'at least' : 'at most';
      return make(
        'schema-range',
        path,
        `${where} must have ${bound} ${String(params.limit)} ${what}.`,
        'value',
      );
    }
    case 'pattern':
      return make(
        'schema-format',
        path,
        `${where} does not have the required form${patternHint(err)}.`,
        'value',
      );
    default:
      return make('schema-type', path, `${where} ${err.message ?? 'is not valid'}.`, 'value');
  }
}

function patternHint(err: ErrorObject): string {
  const description = (err.parentSchema as { description?: string } | undefined)?.description;
  return description ? `: ${description.replace(/\.$/, '')}` : ` (${String(err.params.pattern)})`;
}

function comparison(keyword: string): string {
  return {
    minimum: 'at least',
    maximum: 'at most',
    exclusiveMinimum: 'greater than',
    exclusiveMaximum: 'less than',
  }[keyword] as string;
}

function article(type: string): string {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    'string,number,boolean': 'a scalar value (string, number or true/false)',
  };
  return words[type] ?? type;
}

/** The closest candidate when it is close enough to be a plausible typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = word.toLowerCase();
  const exactCase = candidates.find((c) => c.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const best = closest(
    lower,
    candidates.map((c) => c.toLowerCase()),
  );
  const match = candidates.find((c) => c.toLowerCase() === best);
  if (!match) return undefined;
  return distance(lower, best) <= Math.max(2, Math.floor(word.length / 3)) ? match : undefined;
}

function pointerToPath(pointer: string, data: unknown): DocPath {
  if (!pointer) return [];
  const path: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(part);
      path.push(index);
      node = node[index];
    } else {
      path.push(part);
      node = (node as Record<string, unknown> | undefined)?.[part];
    }
  }
  return path;
}
