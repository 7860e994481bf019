import { Summary } from './summary.ts';

/** docs/report-schema.json: the JSON Schema of the `json` format, generated from the TypeBox schema. */
export function reportSchemaJson(): string {
  return `${JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...Summary }, null, 2)}\n`;
}
