/**
 * pgbench's `\set` expression language, compiled once into closures so each transaction only
 * evaluates: integer and double constants, `:var`, + - * / % (integer division as pgbench),
 * comparisons, AND/OR/NOT, parentheses and pgbench's functions (random, random_exponential,
 * random_gaussian, random_zipfian, abs, int, double, greatest, least, sqrt, ln, exp, pow, pi,
 * mod). https://www.postgresql.org/docs/current/pgbench.html#PGBENCH-BUILTIN-FUNCTIONS
 */
export type Value = number | boolean;
export type Vars = Map<string, Value | string>;
export type Expr = (vars: Vars) => Value;

export class ExprError extends Error {
  override name = 'ExprError';
}

type Token =
  | { kind: 'num'; value: number; int: boolean }
  | { kind: 'var'; name: string }
  | { kind: 'id'; name: string }
  | { kind: 'op'; op: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:(\d+\.\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+)|(\d+)|:([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|<>|!=|==|<<|>>|[-+*/%(),<>=&|~#]))/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    re.lastIndex = pos;
    m = re.exec(src);
    if (!m) throw new ExprError(`unexpected "${src.slice(pos).trim()[0]}" in "${src.trim()}"`);
    pos = re.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'num', value: Number(m[1]), int: false });
    else if (m[2] !== undefined) tokens.push({ kind: 'num', value: Number(m[2]), int: true });
    else if (m[3] !== undefined) tokens.push({ kind: 'var', name: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'id', name: m[4].toLowerCase() });
    else tokens.push({ kind: 'op', op: m[5]! });
  }
  return tokens;
}

const num = (v: Value | string, what: string): number => {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new ExprError(`${what} is not a number: "${v}"`);
  return n;
};

const isInt = (v: number) => Number.isInteger(v);

/** A uniform integer in [lb, ub]. */
export function randomInt(lb: number, ub: number): number {
  return lb + Math.floor(Math.random() * (ub - lb + 1));
}

// The distributions as pgbench defines them (getExponentialRand, getGaussianRand, zipfian).
function randomExponential(lb: number, ub: number, p: number): number {
  if (!(p > 0)) throw new ExprError('random_exponential: parameter must be greater than 0');
  const cut = Math.exp(-p);
  const uniform = 1 - Math.random();
  const rand = -Math.log(cut + (1 - cut) * uniform) / p;
  return lb + Math.floor((ub - lb + 1) * rand);
}

function randomGaussian(lb: number, ub: number, p: number): number {
  if (!(p >= 2)) throw new ExprError('random_gaussian: parameter must be at least 2');
  let stdev: number;
  do {
    const r1 = 1 - Math.random();
    const r2 = 1 - Math.random();
    stdev = Math.sqrt(-2 * Math.log(r1)) * Math.sin(2 * Math.PI * r2);
  } while (stdev < -p || stdev >= p);
  const rand = (stdev + p) / (p * 2);
  return lb + Math.floor((ub - lb + 1) * rand);
}

function randomZipfian(lb: number, ub: number, s: number): number {
  if (!(s > 1 && s <= 1000)) throw new ExprError('random_zipfian: parameter must be in (1, 1000]');
  const n = ub - lb + 1;
  // Rejection method (Devroye), as pgbench's computeIterativeZipfian.
  const b = Math.pow(2, s - 1);
  for (;;) {
    const u = 1 - Math.random();
    const v = Math.random();
    const x = Math.floor(Math.pow(u, -1 / (s - 1)));
    const t = Math.pow(1 + 1 / x, s - 1);
    if ((v * x * (t - 1)) / (b - 1) <= t / b && x <= n) return lb + x - 1;
  }
}

type Fn = (args: Value[]) => Value;
const checkRange = (name: string, lb: number, ub: number) => {
  if (!isInt(lb) || !isInt(ub)) throw new ExprError(`${name}: bounds must be integers`);
  if (ub < lb) throw new ExprError(`${name}: empty range given to random`);
};
const FUNCTIONS: Record<string, { arity: [number, number]; fn: Fn }> = {
  random: {
    arity: [2, 2],
    fn: ([a, b]) => {
      const lb = num(a!, 'random');
      const ub = num(b!, 'random');
      checkRange('random', lb, ub);
      return randomInt(lb, ub);
    },
  },
  random_exponential: {
    arity: [3, 3],
    fn: ([a, b, p]) => {
      const lb = num(a!, 'random_exponential');
      const ub = num(b!, 'random_exponential');
      checkRange('random_exponential', lb, ub);
      return randomExponential(lb, ub, num(p!, 'random_exponential'));
    },
  },
  random_gaussian: {
    arity: [3, 3],
    fn: ([a, b, p]) => {
      const lb = num(a!, 'random_gaussian');
      const ub = num(b!, 'random_gaussian');
      checkRange('random_gaussian', lb, ub);
      return randomGaussian(lb, ub, num(p!, 'random_gaussian'));
    },
  },
  random_zipfian: {
    arity: [3, 3],
    fn: ([a, b, p]) => {
      const lb = num(a!, 'random_zipfian');
      const ub = num(b!, 'random_zipfian');
      checkRange('random_zipfian', lb, ub);
      return randomZipfian(lb, ub, num(p!, 'random_zipfian'));
    },
  },
  abs: { arity: [1, 1], fn: ([a]) => Math.abs(num(a!, 'abs')) },
  int: { arity: [1, 1], fn: ([a]) => Math.trunc(num(a!, 'int')) },
  double: { arity: [1, 1], fn: ([a]) => num(a!, 'double') },
  sqrt: { arity: [1, 1], fn: ([a]) => Math.sqrt(num(a!, 'sqrt')) },
  ln: { arity: [1, 1], fn: ([a]) => Math.log(num(a!, 'ln')) },
  exp: { arity: [1, 1], fn: ([a]) => Math.exp(num(a!, 'exp')) },
  pow: { arity: [2, 2], fn: ([a, b]) => Math.pow(num(a!, 'pow'), num(b!, 'pow')) },
  power: { arity: [2, 2], fn: ([a, b]) => Math.pow(num(a!, 'power'), num(b!, 'power')) },
  pi: { arity: [0, 0], fn: () => Math.PI },
  mod: {
    arity: [2, 2],
    fn: ([a, b]) => {
      const d = num(b!, 'mod');
      if (d === 0) throw new ExprError('division by zero');
      return num(a!, 'mod') % d;
    },
  },
  greatest: { arity: [1, 99], fn: (xs) => Math.max(...xs.map((x) => num(x, 'greatest'))) },
  least: { arity: [1, 99], fn: (xs) => Math.min(...xs.map((x) => num(x, 'least'))) },
};

// Static typing, enough for pgbench's int vs double division: compiled nodes that yield a
// double carry a mark.
const DOUBLE = Symbol('double');
const double = (e: Expr): Expr => Object.assign(e, { [DOUBLE]: true });
const isDouble = (e: Expr) => (e as unknown as Record<symbol, boolean>)[DOUBLE] === true;
const DOUBLE_FUNCTIONS = new Set(['double', 'sqrt', 'ln', 'exp', 'pow', 'power', 'pi']);
const floatDivide = (a: Value, b: Value): Value => {
  const y = num(b, '/');
  if (y === 0) throw new ExprError('division by zero');
  return num(a, '/') / y;
};

const BINARY: Record<string, [number, (a: Value, b: Value) => Value]> = {
  or: [1, (a, b) => Boolean(a) || Boolean(b)],
  and: [2, (a, b) => Boolean(a) && Boolean(b)],
  '=': [4, (a, b) => num(a, '=') === num(b, '=')],
  '==': [4, (a, b) => num(a, '=') === num(b, '=')],
  '<>': [4, (a, b) => num(a, '<>') !== num(b, '<>')],
  '!=': [4, (a, b) => num(a, '<>') !== num(b, '<>')],
  '<': [5, (a, b) => num(a, '<') < num(b, '<')],
  '<=': [5, (a, b) => num(a, '<=') <= num(b, '<=')],
  '>': [5, (a, b) => num(a, '>') > num(b, '>')],
  '>=': [5, (a, b) => num(a, '>=') >= num(b, '>=')],
  '+': [6, (a, b) => num(a, '+') + num(b, '+')],
  '-': [6, (a, b) => num(a, '-') - num(b, '-')],
  '*': [7, (a, b) => num(a, '*') * num(b, '*')],
  '/': [
    7,
    (a, b) => {
      const x = num(a, '/');
      const y = num(b, '/');
      if (y === 0) throw new ExprError('division by zero');
      // Integer operands divide as integers (truncating), as in pgbench.
      return isInt(x) && isInt(y) ? Math.trunc(x / y) : x / y;
    },
  ],
  '%': [
    7,
    (a, b) => {
      const y = num(b, '%');
      if (y === 0) throw new ExprError('division by zero');
      return num(a, '%') % y;
    },
  ],
};

/** Compiles a pgbench expression; throws ExprError naming what is wrong. */
export function compileExpr(src: string): Expr {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i];
  const opOf = (t: Token | undefined): string | undefined =>
    t?.kind === 'op'
      ? t.op
      : t?.kind === 'id' && (t.name === 'and' || t.name === 'or')
        ? t.name
        : undefined;

  const primary = (): Expr => {
    const t = tokens[i++];
    if (!t) throw new ExprError(`unexpected end of expression "${src.trim()}"`);
    if (t.kind === 'num') {
      const v = t.value;
      return t.int ? () => v : double(() => v);
    }
    if (t.kind === 'var') {
      const name = t.name;
      return (vars) => {
        const v = vars.get(name);
        if (v === undefined) throw new ExprError(`undefined variable "${name}"`);
        return typeof v === 'string' ? num(v, `:${name}`) : v;
      };
    }
    if (t.kind === 'op' && t.op === '(') {
      const e = expr(0);
      expect(')');
      return e;
    }
    if (t.kind === 'op' && (t.op === '-' || t.op === '+')) {
      const inner = unaryOperand();
      if (t.op === '+') return inner;
      const neg: Expr = (v) => -num(inner(v), '-');
      return isDouble(inner) ? double(neg) : neg;
    }
    if (t.kind === 'id' && t.name === 'not') {
      const inner = unaryOperand();
      return (v) => !inner(v);
    }
    if (t.kind === 'id' && (t.name === 'true' || t.name === 'false')) {
      const b = t.name === 'true';
      return () => b;
    }
    if (t.kind === 'id') {
      const f = FUNCTIONS[t.name];
      if (!f) throw new ExprError(`unknown function "${t.name}"`);
      expect('(');
      const args: Expr[] = [];
      if (opOf(peek()) !== ')') {
        args.push(expr(0));
        while (opOf(peek()) === ',') {
          i++;
          args.push(expr(0));
        }
      }
      expect(')');
      if (args.length < f.arity[0] || args.length > f.arity[1])
        throw new ExprError(`${t.name}() takes ${f.arity[0]} argument(s), got ${args.length}`);
      const fn = f.fn;
      let call: Expr;
      if (args.length === 2) {
        const [a, b] = args as [Expr, Expr];
        call = (v) => fn([a(v), b(v)]);
      } else call = (v) => fn(args.map((a) => a(v)));
      const yieldsDouble =
        DOUBLE_FUNCTIONS.has(t.name) ||
        (['abs', 'greatest', 'least', 'mod'].includes(t.name) && args.some(isDouble));
      return yieldsDouble ? double(call) : call;
    }
    throw new ExprError(`unexpected "${t.kind === 'op' ? t.op : ''}" in "${src.trim()}"`);
  };
  const unaryOperand = (): Expr => primary();
  const expect = (op: string) => {
    const t = tokens[i++];
    if (opOf(t) !== op) throw new ExprError(`expected "${op}" in "${src.trim()}"`);
  };
  const expr = (minPrec: number): Expr => {
    let left = primary();
    for (;;) {
      const op = opOf(peek());
      const entry = op === undefined ? undefined : BINARY[op];
      if (!entry || entry[0] < minPrec) return left;
      i++;
      const right = expr(entry[0] + 1);
      const l = left;
      const anyDouble = isDouble(l) || isDouble(right);
      // A double operand makes / a float division (pgbench's types); otherwise integers truncate.
      const f = op === '/' && anyDouble ? floatDivide : entry[1];
      left = (v) => f(l(v), right(v));
      if (anyDouble && ['+', '-', '*', '/', '%'].includes(op!)) left = double(left);
    }
  };
  const result = expr(0);
  if (i < tokens.length) throw new ExprError(`unexpected trailing input in "${src.trim()}"`);
  return result;
}
