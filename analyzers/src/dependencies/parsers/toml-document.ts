import { parse } from 'smol-toml';
import { parseOrThrow } from '../malformed-manifest-error.ts';
import type { JsonObject } from './json-object.ts';

export function parseTomlObject(text: string): JsonObject {
  return parseOrThrow('TOML', () => parse(text) as JsonObject);
}

/** `[[package]]` tables of a TOML lock file. */
export function tomlArrayOfTables(doc: JsonObject, key: string): JsonObject[] {
  const value = doc[key];
  return Array.isArray(value)
    ? value.filter((v): v is JsonObject => typeof v === 'object' && v !== null)
    : [];
}
