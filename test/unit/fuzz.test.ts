/**
 * Mutates the example config (types, deletions, garbage bytes, huge values, truncation) and
 * runs `pgci validate` on each: never an uncaught exception or a stack trace, and every
 * non-zero exit comes with a message.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_CONFIG } from '../helpers/paths.js';

const ITERATIONS = 400;

/** Small seeded PRNG so a failure can be replayed from its seed. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REPLACEMENTS = [
  '1e308',
  '-1',
  '0',
  '99999999999999999999',
  'true',
  'null',
  '~',
  '[]',
  '{}',
  '[1, 2]',
  '{ a: 1 }',
  "'x'.repeat",
  'x'.repeat(100_000),
  '"\\u0000"',
  '*anchor',
  '&a [*a, *a]',
  '!!binary AAAA',
  'NaN',
  '.inf',
  '${NOT_CLOSED',
  '0.0.0.0/0',
  'db-custom-0-0',
  'POSTGRES_99',
  '"; DROP TABLE x; --',
];

function mutate(text: string, random: () => number): string | Buffer {
  const lines = text.split('\n');
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const i = Math.floor(random() * lines.length);
  switch (Math.floor(random() * 8)) {
    case 0: // delete a line
      lines.splice(i, 1);
      return lines.join('\n');
    case 1: // replace a value with another type or a huge one
      lines[i] = (lines[i] ?? '').replace(/:\s.*$/, `: ${pick(REPLACEMENTS)}`);
      return lines.join('\n');
    case 2: {
      // garbage bytes somewhere
      const buf = Buffer.from(text);
      const at = Math.floor(random() * buf.length);
      const garbage = Buffer.from(
        Array.from({ length: 1 + Math.floor(random() * 16) }, () => Math.floor(random() * 256)),
      );
      return Buffer.concat([buf.subarray(0, at), garbage, buf.subarray(at)]);
    }
    case 3: // duplicate a line (duplicate keys, list items)
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 4: // shift indentation
      lines[i] =
        (random() < 0.5 ? ' ' : '') +
        (lines[i] ?? '').replace(/^ {2}/, random() < 0.5 ? '' : '    ');
      return lines.join('\n');
    case 5: // truncate
      return text.slice(0, Math.floor(random() * text.length));
    case 6: // turn a mapping into a scalar or a list
      lines[i] = (lines[i] ?? '').replace(/:\s*$/, `: ${pick(['5', '[a]', 'off'])}`);
      return lines.join('\n');
    default: // many mutations at once
      return mutate(mutate(text, random).toString(), random);
  }
}

describe('fuzzing pgci validate with mutated configs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pgci-fuzz-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it(`survives ${ITERATIONS} mutations with clean exits and messages`, async () => {
    const original = await readFile(EXAMPLE_CONFIG, 'utf8');
    const random = mulberry32(20261127);
    const exits = new Map<number, number>();
    for (let n = 0; n < ITERATIONS; n++) {
      const file = join(dir, `mutant-${n}.yml`);
      await writeFile(file, mutate(original, random));
      for (const format of ['text', 'json'] as const) {
        const r = await runCli(['validate', file, '--format', format]);
        const context = `seed run ${n} (${format}), exit ${r.code}: ${r.stdout.slice(0, 300)}${r.stderr.slice(0, 300)}`;
        expect([0, 1, 2]).toContain(r.code);
        expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
        expect(r.stderr).not.toContain('internal error');
        if (r.code !== 0)
          expect({ context, message: (r.stdout + r.stderr).trim().length > 0 }).toMatchObject({
            message: true,
          });
        if (format === 'json' && r.code !== 2) expect(() => JSON.parse(r.stdout)).not.toThrow();
        exits.set(r.code, (exits.get(r.code) ?? 0) + 1);
      }
    }
    // The mutations must mostly break the config, or the fuzzer is not testing anything.
    expect(exits.get(1) ?? 0).toBeGreaterThan(ITERATIONS);
  });
});
