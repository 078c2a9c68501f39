/** pgbench scripts and expressions: pgbench's own built-in scripts parse and run as pgbench's. */
import { spawnSync } from 'node:child_process';
import { BUILTIN_NAMES, BUILTIN_SCRIPTS } from '../../src/benchmark/builtin.js';
import { compileExpr, ExprError, type Vars } from '../../src/benchmark/expr.js';
import { sampleArgs } from '../../src/benchmark/explain.js';
import {
  parsePgbenchScript,
  ScriptError,
  substituteVariables,
  type Query,
} from '../../src/benchmark/script.js';
import { pairedRatio, tQuantile975 } from '../../src/benchmark/stats.js';
import { highestParameter } from '../../src/benchmark/workload.js';

const pgbench = spawnSync('pgbench', ['--version'], { encoding: 'utf8' });
const havePgbench = pgbench.status === 0;

describe('pgbench built-in scripts', () => {
  // The stored copies must be pgbench's own; only checkable where pgbench is installed.
  (havePgbench ? it.each(BUILTIN_NAMES) : it.skip.each(BUILTIN_NAMES))(
    '%s equals `pgbench --show-script` (skipped without pgbench on PATH)',
    (name) => {
      const r = spawnSync('pgbench', [`--show-script=${name}`], { encoding: 'utf8' });
      const shown = (r.stdout + r.stderr).split('\n').slice(1).join('\n').trim();
      expect(shown).toBe(BUILTIN_SCRIPTS[name].trim());
    },
  );

  it('parses tpcb-like into pgbench -M prepared statements with its parameters', () => {
    const queries: Query[] = [];
    const script = parsePgbenchScript('tpcb-like', BUILTIN_SCRIPTS['tpcb-like'], queries);
    expect(queries.map((q) => q.name)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `tpcb-like#${n}`));
    expect(queries[1]!.sql).toBe(
      'UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2',
    );
    expect(queries[5]!.sql).toBe(
      'INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP)',
    );
    expect(script.steps.filter((s) => s.kind === 'set')).toHaveLength(4);
    // The INSERT's parameters come from the \set steps, in pgbench's ranges.
    for (let i = 0; i < 200; i++) {
      const [tid, bid, aid, delta] = sampleArgs(
        { name: 't', queries, scripts: [script], vars: { scale: 3 } },
        5,
      )!.map(Number);
      expect(tid).toBeGreaterThanOrEqual(1);
      expect(tid).toBeLessThanOrEqual(30);
      expect(bid).toBeGreaterThanOrEqual(1);
      expect(bid).toBeLessThanOrEqual(3);
      expect(aid).toBeLessThanOrEqual(300000);
      expect(Math.abs(delta!)).toBeLessThanOrEqual(5000);
    }
  });

  it('parses select-only into one query named after the script', () => {
    const queries: Query[] = [];
    parsePgbenchScript('select-only', BUILTIN_SCRIPTS['select-only'], queries);
    expect(queries).toEqual([
      { name: 'select-only', sql: 'SELECT abalance FROM pgbench_accounts WHERE aid = $1' },
    ]);
  });
});

describe('pgbench script syntax', () => {
  it('joins multi-line commands, drops comments, keeps :: casts and quoted colons', () => {
    const queries: Query[] = [];
    const script = parsePgbenchScript(
      'x',
      "-- header\n\\set n 5\n\\sleep 2 ms\nSELECT :n::int,\n  ':n' -- trailing\n  , :n + 1;\nSELECT 1",
      queries,
    );
    expect(queries.map((q) => q.sql)).toEqual(["SELECT $1::int,\n  ':n' \n  , $1 + 1", 'SELECT 1']);
    const sleep = script.steps.find((s) => s.kind === 'sleep');
    expect(sleep && sleep.kind === 'sleep' && sleep.micros(new Map())).toBe(2000);
  });

  it('names the line of an unknown parameter and of an unsupported meta-command', () => {
    expect(() =>
      parsePgbenchScript('s', 'SELECT 1;\nSELECT :nope;', [], { file: 's.sql' }),
    ).toThrow('s.sql:2: unknown parameter :nope');
    expect(() => parsePgbenchScript('s', '\\gset\nSELECT 1;', [], { file: 's.sql' })).toThrow(
      /s\.sql:1: \\gset is not supported/,
    );
    expect(() =>
      parsePgbenchScript('s', '\\set x random(1,\nSELECT 1;', [], { file: 's.sql' }),
    ).toThrow(ScriptError);
    expect(() => parsePgbenchScript('s', '\\set x 1', [], { file: 's.sql' })).toThrow(
      'has no SQL command',
    );
  });

  it('substitutes each variable once, in order of first use', () => {
    expect(substituteVariables('SELECT :a, :b, :a')).toEqual({
      sql: 'SELECT $1, $2, $1',
      names: ['a', 'b'],
    });
    expect(highestParameter("SELECT $2, '$9' FROM t WHERE a = $1")).toBe(2);
  });
});

describe('pgbench expressions', () => {
  const vars: Vars = new Map([['scale', 10]]);
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['7 / 2', 3],
    ['-7 / 2', -3],
    ['7.0 / 2', 3.5],
    ['10 % 3', 1],
    ['abs(-4) + greatest(1, 5, 3) - least(2, 9)', 7],
    ['100000 * :scale', 1_000_000],
    ['int(3.9) + pow(2, 3)', 11],
    ['1 < 2 and not 2 < 1', true],
  ])('%s = %s', (src, expected) => {
    expect(compileExpr(src)(vars)).toBe(expected);
  });

  it('keeps random functions in range', () => {
    for (const f of [
      'random(5, 10)',
      'random_exponential(5, 10, 2.0)',
      'random_gaussian(5, 10, 2.5)',
      'random_zipfian(5, 10, 1.5)',
    ]) {
      const e = compileExpr(f);
      for (let i = 0; i < 2000; i++) {
        const v = e(vars) as number;
        expect(Number.isInteger(v) && v >= 5 && v <= 10).toBe(true);
      }
    }
  });

  it('rejects bad expressions with what is wrong', () => {
    expect(() => compileExpr('nosuch(1)')).toThrow('unknown function "nosuch"');
    expect(() => compileExpr('random(1)')).toThrow('random() takes 2 argument(s), got 1');
    expect(() => compileExpr('1 +')).toThrow(ExprError);
    expect(() => compileExpr('1 / 0')(vars)).toThrow('division by zero');
    expect(() => compileExpr(':missing + 1')(vars)).toThrow('undefined variable "missing"');
  });
});

describe('paired ratio with a 95% CI', () => {
  it('is centred on the ratio and excludes 1 only for a clear shift', () => {
    const base = [1.0, 1.1, 0.9, 1.05, 0.95];
    const same = pairedRatio(base, [1.02, 1.08, 0.93, 1.01, 0.97]);
    expect(same.low).toBeLessThan(1);
    expect(same.high).toBeGreaterThan(1);
    const slow = pairedRatio(
      base,
      base.map((x) => x * 3),
    );
    expect(slow.ratio).toBeCloseTo(3, 6);
    expect(slow.low).toBeCloseTo(3, 6);
    expect(tQuantile975(4)).toBe(2.776);
    expect(tQuantile975(1000)).toBe(1.96);
  });
});

describe('the wire loop', () => {
  it('writes Bind+Execute+Sync as pg-protocol serializes them', async () => {
    const { serialize } = await import('pg-protocol');
    const { bindExecuteSync } = await import('../../src/benchmark/wire.js');
    for (const values of [[], ['42'], ['1', 'é ü', '']]) {
      const expected = Buffer.concat([
        serialize.bind({ statement: 'pgci_q3', values, binary: true }),
        serialize.execute(),
        serialize.sync(),
      ]);
      // pg-protocol writes one format code per parameter (0 = text); we write none (all text).
      const ours = bindExecuteSync('pgci_q3', values);
      const strip = (b: Buffer, n: number) => {
        const nameEnd = b.indexOf(0, 6) + 1;
        const head = Buffer.from(b.subarray(0, nameEnd));
        const rest = b.subarray(nameEnd + 2 + 2 * n);
        const body = Buffer.concat([head, Buffer.from([0, 0]), rest]);
        body.writeInt32BE(body.readInt32BE(1) - 2 * n, 1);
        return body;
      };
      expect(ours.equals(strip(expected, values.length))).toBe(true);
    }
  });

  it('encodes into a reused buffer: same bytes whatever was there before', async () => {
    const { bindExecuteSync, encodeBindExecuteSync } = await import('../../src/benchmark/wire.js');
    const reused = Buffer.alloc(256, 0xff);
    for (const values of [['1', 'é ü', ''], ['42'], []]) {
      // A longer array than the statement takes: only the first `count` values are sent.
      const n = encodeBindExecuteSync(reused, 'pgci_q0', [...values, 'unused'], values.length);
      expect(reused.subarray(0, n).equals(bindExecuteSync('pgci_q0', values))).toBe(true);
    }
  });
});
