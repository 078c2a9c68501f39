/** Seeded mutations of a config (for the validate fuzzer and the YAML reader's equivalence test). */

/** Small seeded PRNG so a failure can be replayed from its seed. */
export function mulberry32(seed: number) {
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

export function mutate(text: string, random: () => number): string | Buffer {
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
