import { parse } from 'yaml';
import { MalformedManifestError, parseOrThrow } from '../malformed-manifest-error.ts';
import { isObject, type JsonObject } from './json-object.ts';

/** Parses a YAML file whose top level must be a mapping. */
export function parseYamlObject(text: string): JsonObject {
  const value: unknown = parseOrThrow('YAML', () => parse(text, { uniqueKeys: false, maxAliasCount: 1000 }));
  if (!isObject(value)) throw new MalformedManifestError('not valid YAML: the top level is not a mapping');
  return value;
}
