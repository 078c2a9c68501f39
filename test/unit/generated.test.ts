/** Generated files are committed: they must equal a fresh generation (`npm run generate`). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { RULES } from '../../src/config/rules/catalog.js';
import { GENERATED_FILES } from '../../src/generated-files.js';
import { EXAMPLE_CONFIG, ROOT } from '../helpers/paths.js';

it.each(Object.entries(GENERATED_FILES))(
  '%s is up to date (npm run generate)',
  async (file, make) => {
    expect(await readFile(join(ROOT, file), 'utf8')).toBe(make());
  },
);

it('docs/rules.md has an anchor per rule', async () => {
  const docs = await readFile(join(ROOT, 'docs/rules.md'), 'utf8');
  for (const id of Object.keys(RULES)) expect(docs).toContain(`### ${id}\n`);
});

it('the published schema, used by an editor, accepts the example', async () => {
  const schema = JSON.parse(await readFile(join(ROOT, 'schema/pgci.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: false }).compile(schema);
  expect(validate(parse(await readFile(EXAMPLE_CONFIG, 'utf8')))).toBe(true);
});
