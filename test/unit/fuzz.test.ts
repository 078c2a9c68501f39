/**
 * Mutates the example config (types, deletions, garbage bytes, huge values, truncation) and
 * runs `pgci validate` on each: never an uncaught exception or a stack trace, and every
 * non-zero exit comes with a message.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { mulberry32, mutate } from '../helpers/mutate.js';
import { EXAMPLE_CONFIG } from '../helpers/paths.js';

const ITERATIONS = 400;

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
