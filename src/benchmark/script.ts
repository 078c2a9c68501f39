/**
 * Workloads as the driver runs them — transactions made of steps — and pgbench's script
 * format parsed into them, so a team's existing pgbench scripts (and pgbench's own built-in
 * scripts) run unchanged: `\set` with pgbench expressions, `:var` substitution (sent as
 * prepared-statement parameters, as `pgbench -M prepared` does), `\sleep`, `--` comments and
 * SQL commands spanning lines up to a closing `;`.
 */
import { compileExpr, ExprError, type Expr, type Vars } from './expr.js';

/** One SQL statement the workload executes; latency is recorded per query. */
export interface Query {
  name: string;
  sql: string;
  /** Per-query SLO on a percentile, in ms (default p95 ≤ the workload's default). */
  slo?: { percentile: number; ms: number };
}

export type Arg = (vars: Vars) => string;

export type Step =
  | { kind: 'set'; name: string; expr: Expr }
  | { kind: 'sleep'; micros: (vars: Vars) => number }
  | { kind: 'sql'; query: number; args: Arg[] };

export interface Script {
  name: string;
  weight: number;
  steps: Step[];
}

export interface Workload {
  name: string;
  queries: Query[];
  scripts: Script[];
  /** Variables every script sees (pgbench's `scale`, `client_id` is added per client). */
  vars: Record<string, number | string>;
}

export class ScriptError extends Error {
  override name = 'ScriptError';
}

const PREDEFINED = new Set(['scale', 'client_id', 'random_seed']);

/** Replaces `:name` outside quotes and `::` casts with $n; returns the SQL and the names. */
export function substituteVariables(sql: string): { sql: string; names: string[] } {
  const names: string[] = [];
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const close = sql.indexOf(c, i + 1);
      const stop = close < 0 ? sql.length : close + 1;
      out += sql.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === ':' && sql[i + 1] === ':') {
      out += '::';
      i += 2;
      continue;
    }
    const m = c === ':' ? /^:([A-Za-z_][A-Za-z0-9_]*)/.exec(sql.slice(i)) : null;
    if (m) {
      let n = names.indexOf(m[1]!);
      if (n < 0) n = names.push(m[1]!) - 1;
      out += `$${n + 1}`;
      i += m[0].length;
      continue;
    }
    out += c;
    i++;
  }
  return { sql: out, names };
}

function valueText(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

export const varArg =
  (name: string): Arg =>
  (vars) => {
    const v = vars.get(name);
    if (v === undefined) throw new ExprError(`undefined variable "${name}"`);
    return valueText(v);
  };

const SLEEP_UNITS: Record<string, number> = { us: 1, ms: 1000, s: 1_000_000 };

/**
 * Parses a pgbench script. `queries` is the workload's query table (shared across scripts);
 * statements are appended to it and named `<script>#<n>`, or `<script>` when there is one.
 * `known` lists variables defined outside the script (the config's).
 */
export function parsePgbenchScript(
  name: string,
  text: string,
  queries: Query[],
  options: { weight?: number; file?: string; known?: Iterable<string> } = {},
): Script {
  const where = options.file ?? name;
  const steps: Step[] = [];
  const defined = new Set<string>([...PREDEFINED, ...(options.known ?? [])]);
  const sqlSteps: { text: string; line: number }[] = [];
  const lines = text.split(/\r?\n/);
  let buffer = '';
  let bufferLine = 0;
  const fail = (line: number, message: string): never => {
    throw new ScriptError(`${where}:${line}: ${message}`);
  };
  const pushSql = (sql: string, line: number) => {
    const { sql: prepared, names } = substituteVariables(sql);
    for (const v of names)
      if (!defined.has(v))
        fail(
          line,
          `unknown parameter :${v} (set it with \\set ${v} … before this command, or define it in the config)`,
        );
    const index = queries.length;
    queries.push({ name: '', sql: prepared });
    sqlSteps.push({ text: prepared, line });
    steps.push({ kind: 'sql', query: index, args: names.map(varArg) });
  };
  lines.forEach((raw, n) => {
    const lineNo = n + 1;
    const line = raw.replace(/^\s+/, '');
    if (!buffer && line.startsWith('\\')) {
      const m = /^\\(\w+)\s*(.*)$/.exec(line.trimEnd());
      const [cmd, rest] = [m?.[1]?.toLowerCase() ?? '', m?.[2] ?? ''];
      if (cmd === 'set') {
        const sm = /^([A-Za-z_][A-Za-z0-9_]*)\s+(.+)$/.exec(rest);
        if (!sm) fail(lineNo, '\\set needs a variable name and an expression');
        try {
          const refs = [...sm![2]!.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((r) => r[1]!);
          for (const v of refs) if (!defined.has(v)) fail(lineNo, `unknown parameter :${v}`);
          steps.push({ kind: 'set', name: sm![1]!, expr: compileExpr(sm![2]!) });
          defined.add(sm![1]!);
        } catch (err) {
          if (err instanceof ExprError) fail(lineNo, err.message);
          throw err;
        }
      } else if (cmd === 'sleep') {
        const sm = /^(?::([A-Za-z_]\w*)|(\d+))\s*(us|ms|s)?\s*$/.exec(rest);
        if (!sm) fail(lineNo, '\\sleep takes a number or :variable and an optional unit us|ms|s');
        const unit = SLEEP_UNITS[sm![3] ?? 's']!;
        if (sm![1]) {
          const v = sm![1];
          if (!defined.has(v)) fail(lineNo, `unknown parameter :${v}`);
          steps.push({ kind: 'sleep', micros: (vars) => Number(vars.get(v)) * unit });
        } else {
          const micros = Number(sm![2]) * unit;
          steps.push({ kind: 'sleep', micros: () => micros });
        }
      } else {
        fail(
          lineNo,
          `\\${cmd} is not supported by pgci benchmark (supported: \\set, \\sleep); remove it or use a config query`,
        );
      }
      return;
    }
    const code = stripComment(raw);
    if (!code.trim()) return;
    if (!buffer) bufferLine = lineNo;
    buffer += (buffer ? '\n' : '') + code;
    if (/;\s*$/.test(code)) {
      pushSql(buffer.trim().replace(/;\s*$/, ''), bufferLine);
      buffer = '';
    }
  });
  if (buffer.trim()) pushSql(buffer.trim(), bufferLine);
  if (!sqlSteps.length) fail(1, 'the script has no SQL command');
  const first = queries.length - sqlSteps.length;
  sqlSteps.forEach((_, k) => {
    queries[first + k]!.name = sqlSteps.length === 1 ? name : `${name}#${k + 1}`;
  });
  return { name, weight: options.weight ?? 1, steps };
}

/** Drops a `--` comment that is not inside a quoted string. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '-' && line[i + 1] === '-') return line.slice(0, i);
  }
  return line;
}
