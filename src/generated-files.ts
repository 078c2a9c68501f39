/** Files derived from the source and committed; `npm run generate` writes them, a test compares. */
import { rulesMarkdown } from './config/rules/docs.js';
import { schemaJson } from './config/schema-json.js';
import { schemaValidatorSource } from './config/schema-validator-source.js';
import { securityMarkdown } from './security/docs.js';

export const GENERATED_FILES: Record<string, () => string> = {
  'docs/rules.md': rulesMarkdown,
  'docs/security.md': securityMarkdown,
  'schema/pgci.schema.json': schemaJson,
  'src/config/schema-validator.generated.ts': schemaValidatorSource,
};
