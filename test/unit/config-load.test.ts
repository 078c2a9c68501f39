/**
 * The config reader takes a quick path (js-yaml) when the file has no YAML problem and keeps
 * `yaml` for positions and problems. Both must read every file to the same data: the fixtures,
 * the examples, YAML 1.2 scalar edge cases and a thousand seeded mutations.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseConfigText } from '../../src/config/load.js';
import { validateConfigText } from '../../src/config/validate.js';
import { mulberry32, mutate } from '../helpers/mutate.js';
import { EXAMPLE_CONFIG, FIXTURES, ROOT } from '../helpers/paths.js';

/** What `yaml` alone reads: the reference the quick path must match. */
function reference(text: string): { ok: true; data: unknown } | { ok: false } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) return { ok: false };
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { ok: false };
  }
}

function expectSameReading(text: string, context: string): void {
  const ref = reference(text);
  const loaded = parseConfigText(text, 'pgci.yml');
  if (ref.ok) {
    expect({ context, problems: loaded.yamlProblems }).toEqual({ context, problems: [] });
    // NaN and the infinities compare as themselves through toEqual.
    expect({ context, data: loaded.data }).toEqual({ context, data: ref.data });
  } else {
    expect({ context, problems: loaded.yamlProblems.length > 0 }).toEqual({
      context,
      problems: true,
    });
  }
}

// Not listed: -0, which js-yaml reads as 0 (no config value tells the two apart).
const SCALARS = [
  ...['0b101', '-0b1', '0B101', '0x1F', '-0x1F', '+0x1', '0o17', '-0o17', '+0o17', '0X1F'],
  ...['1_000', '012', '08', '+12', '1e3', '1E3', '.5', '5.', '1e-3', '6.8523015e+5'],
  ...['.inf', '-.inf', '+.inf', '.Inf', '.nan', '.NaN', '~', 'null', 'Null', 'NULL', ''],
  ...['yes', 'no', 'on', 'off', 'y', 'True', 'TRUE', 'tRue', 'false', 'False'],
  ...['2001-12-14', '2001-12-14t21:59:43.10-05:00', '03:00', '1:20:30', '190:20:30'],
  ...["'quoted'", '"double \\u00e9"', '"1"', '[0b1, 2]', '{a: 0b1}', '0b1 # comment'],
  ...['|\n  block\n  text', '>-\n  folded\n  text', '[]', '{}', '"${PASSWORD}"', '${PASSWORD}'],
];

describe('the quick config reader', () => {
  it('reads every fixture and example as yaml does', async () => {
    const dirs = [join(FIXTURES, 'configs')];
    const files = [
      EXAMPLE_CONFIG,
      join(FIXTURES, 'benchmark/head/pgci.yml'),
      join(FIXTURES, 'benchmark/base/pgci.yml'),
      join(ROOT, 'examples/music-library/database/pgci.yml'),
    ];
    for (const dir of dirs)
      for (const f of await readdir(dir)) if (f.endsWith('.yml')) files.push(join(dir, f));
    expect(files.length).toBeGreaterThan(70);
    for (const file of files) expectSameReading(await readFile(file, 'utf8'), file);
  });

  it.each(SCALARS)('reads the scalar %j as YAML 1.2 does', (scalar) => {
    expectSameReading(`value: ${scalar}\nlist:\n  - ${scalar.replace(/\n/g, '\n    ')}\n`, scalar);
  });

  it('reads 1000 mutations of the example as yaml does (or both see a problem)', async () => {
    const original = await readFile(EXAMPLE_CONFIG, 'utf8');
    const random = mulberry32(20261127);
    let quick = 0;
    for (let n = 0; n < 1000; n++) {
      const text = mutate(original, random).toString();
      expectSameReading(text, `mutation ${n}`);
      if (reference(text).ok) quick += 1;
    }
    // Enough mutants are valid YAML for the comparison to mean something.
    expect(quick).toBeGreaterThan(150);
  });

  it('still points at the line of a problem found after the quick read', () => {
    const text = `version: 1\ndatabases:\n  - name: app\n    owner: nobody\n`;
    const loaded = parseConfigText(text, 'pgci.yml');
    expect(loaded.locate(['databases', 0, 'owner'])).toEqual({ line: 4, column: 5 });
    const problems = validateConfigText(text, 'pgci.yml').errors;
    expect(problems.find((p) => p.path.includes('owner'))).toMatchObject({ line: 4 });
  });

  it('hands anchors, aliases, tags and directives to yaml, with its alias limit', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;
    expect(parseConfigText(bomb, 'pgci.yml').yamlProblems[0]?.message).toMatch(/aliases/);
    expectSameReading(`%YAML 1.1\n---\nvalue: yes\n`, 'YAML 1.1 directive');
    expectSameReading(`value: !!str 12\n`, 'tag');
    expectSameReading(`base: &b {x: 1}\nother: {<<: *b, y: 2}\n`, 'merge key');
  });
});
