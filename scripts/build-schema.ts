/**
 * Writes schema/calico-lint.schema.json, the JSON Schema of the configuration
 * file, from the zod schema (src/config/json-schema.ts). Run it after changing
 * the configuration schema or the rules; test/json-schema.test.ts fails when
 * the committed file is stale.
 *
 *   node --import tsx scripts/build-schema.ts
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../src/config/json-schema.js';
import { RULE_DESCRIPTIONS } from '../src/pipeline.js';

export const SCHEMA_FILE = 'schema/calico-lint.schema.json';

export function schemaText(): string {
  return `${JSON.stringify(configJsonSchema(RULE_DESCRIPTIONS), null, 2)}\n`;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  await writeFile(path.join(root, SCHEMA_FILE), schemaText());
}
