/**
 * Where the PR check's inputs come from: the body and template files, and the `pullRequest`
 * section of pgci.yml. Unreadable files and a bad section are InputErrors (exit 2).
 */
import { readFile } from 'node:fs/promises';
import { InputError, loadConfigFile } from '../config/load.js';
import { checkSchema } from '../config/schema-check.js';
import { DEFAULT_TEMPLATE_PATH, type PrTemplateRulesConfig } from './rules.js';
import { SEED_TEMPLATE } from './seed-template.js';

export async function readTextInput(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : code;
    throw new InputError(`${file}: cannot read the ${what}: ${why}.`);
  }
}

/**
 * The template to compare with: the file named (an error when unreadable), else the
 * repository's own default template when it exists, else the seed's built-in one.
 */
export async function readTemplate(
  file: string | undefined,
): Promise<{ text: string; source: string }> {
  if (file) return { text: await readTextInput(file, 'PR template'), source: file };
  try {
    return { text: await readFile(DEFAULT_TEMPLATE_PATH, 'utf8'), source: DEFAULT_TEMPLATE_PATH };
  } catch {
    return { text: SEED_TEMPLATE, source: 'the built-in seed template' };
  }
}

/** The `pullRequest` section of a pgci config; schema errors in it stop the check. */
export async function loadRulesConfig(
  configFile: string,
): Promise<PrTemplateRulesConfig | undefined> {
  const loaded = await loadConfigFile(configFile);
  const problem = [...loaded.yamlProblems, ...checkSchema(loaded)].find(
    (p) => p.severity === 'error' && (p.path === '' || p.path.startsWith('pullRequest')),
  );
  if (problem) {
    throw new InputError(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
  }
  const data = loaded.data as { pullRequest?: PrTemplateRulesConfig } | undefined;
  return data?.pullRequest;
}
