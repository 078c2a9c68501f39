/**
 * Reads pgci.yml into plain data while keeping every node's position, so that each problem
 * found later (schema or rule) can point at the file, line and column that cause it.
 */
import { readFile } from 'node:fs/promises';
import jsYaml from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { DocPath, Problem } from './problem.js';

/** Input that cannot be read at all (missing file, a directory, no permission): exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface Position {
  line: number;
  column: number;
}

export interface LoadedConfig {
  /** The path as the user gave it; used in every message and annotation. */
  file: string;
  text: string;
  /** Plain data (undefined when the YAML does not parse). */
  data: unknown;
  /** YAML syntax and duplicate-key problems; when any is an error, nothing else is checked. */
  yamlProblems: Problem[];
  /** Line and column of the node at `path` (its key, or its value), or of its nearest ancestor. */
  locate(path: DocPath, target?: 'key' | 'value'): Position;
}

/** Resource limits that keep a hostile file (alias bombs, deep nesting) from hanging the run. */
const MAX_ALIAS_COUNT = 100;

export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file; pass the path of your pgci.yml (default database/pgci.yml)'
        : code === 'EISDIR'
          ? 'this is a directory; pass the path of the pgci.yml file inside it'
          : code === 'EACCES'
            ? 'permission denied'
            : (err as Error).message;
    throw new InputError(`${file}: cannot read the config: ${why}`);
  }
  return parseConfigText(text, file);
}

/**
 * The usual case, a config with no YAML problem, is read by js-yaml (the core schema, as `yaml`
 * reads YAML 1.2): several times faster on a cold start, where `yaml` takes ~100 ms for a 16 KB
 * file. Positions come from `yaml`, parsed only when a problem needs a line. Anything the two
 * could read differently goes straight to `yaml`: anchors, aliases, tags and merge keys (and
 * alias limits), directives, the integers js-yaml reads and YAML 1.2 does not (0b101, -0x1F,
 * +0o17), a syntax error or a duplicate key (js-yaml throws; `yaml` says where).
 */
function quickData(text: string): { data: unknown } | undefined {
  if (/[&*!%]|<<|0b|[-+]0[ox]/i.test(text)) return undefined;
  try {
    return { data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}

export function parseConfigText(text: string, file: string): LoadedConfig {
  const quick = quickData(text);
  if (quick) {
    let full: LoadedConfig | undefined;
    return {
      file,
      text,
      data: quick.data,
      yamlProblems: [],
      locate: (path, target) => (full ??= parseWithPositions(text, file)).locate(path, target),
    };
  }
  return parseWithPositions(text, file);
}

function parseWithPositions(text: string, file: string): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, offset));
    return { line, column: col };
  };

  // One syntax error sets off a cascade of follow-on errors: report the first, and every
  // duplicate key (each is a mistake of its own).
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const errors = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === firstSyntax);
  const yamlProblems: Problem[] = errors.map((e) => {
    // An unclosed [ or { is noticed lines later; point at the bracket the user left open.
    const opened = /end with a ([\]}])/.exec(e.message);
    const offset = opened
      ? (unclosedBracket(text, e.pos[0], opened[1] as ']' | '}') ?? e.pos[0])
      : e.pos[0];
    const { line, column } = at(offset);
    const duplicate = e.code === 'DUPLICATE_KEY';
    return {
      rule: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
      severity: 'error',
      message: duplicate
        ? 'This key appears twice in the same mapping; YAML keeps only one of them. Remove or rename the duplicate.'
        : `YAML syntax error: ${firstLine(e.message)}. Fix the YAML at this position.`,
      file,
      line,
      column,
      path: '',
    };
  });

  let data: unknown = undefined;
  if (yamlProblems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      yamlProblems.push({
        rule: 'yaml-syntax',
        severity: 'error',
        message: `The YAML cannot be read: ${firstLine((err as Error).message)}. Avoid aliases that expand to huge documents.`,
        file,
        line: 1,
        column: 1,
        path: '',
      });
    }
  }

  const locate = (path: DocPath, target: 'key' | 'value' = 'key'): Position =>
    at(locateOffset(doc, path, target));

  return { file, text, data, yamlProblems, locate };
}

/** Offset of the node at `path`: the key of the last pair (or the value), else the deepest found. */
function locateOffset(doc: Document, path: DocPath, target: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let best = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part);
      if (!pair) return best;
      const keyStart = rangeStart(pair.key);
      if (keyStart !== undefined) best = keyStart;
      if (last && target === 'key') return best;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      // A list item has no key: its own position is where it starts.
      const itemStart = rangeStart(node);
      if (itemStart === undefined) return best;
      best = itemStart;
      continue;
    } else {
      return best;
    }
    const start = rangeStart(node);
    if (start !== undefined && (!last || target === 'value')) best = start;
  }
  return best;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : undefined;
}

/** Offset of the last `[` (or `{`) before `end` that no bracket closes, outside quotes and comments. */
function unclosedBracket(text: string, end: number, close: ']' | '}'): number | undefined {
  const open = close === ']' ? '[' : '{';
  const stack: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      while (i < end && text[i] !== '\n') i++;
    } else if (c === open) {
      stack.push(i);
    } else if (c === close) {
      stack.pop();
    } else if (c === '\n') {
      quote = undefined;
    }
  }
  return stack.at(-1);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/\.$/, '');
}
