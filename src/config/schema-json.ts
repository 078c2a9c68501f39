/** The published JSON Schema text (schema/pgci.schema.json), derived from ConfigSchema. */
import { ConfigSchema } from './schema.js';

export function schemaJson(): string {
  // JSON.stringify drops TypeBox's symbol keys, leaving plain draft-07 JSON Schema.
  const { $id, ...rest } = ConfigSchema;
  return (
    JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id, ...rest }, null, 2) +
    '\n'
  );
}
