import { MalformedManifestError, parseOrThrow } from '../malformed-manifest-error.ts';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses a JSON file whose top level must be an object. */
export function parseJsonObject(text: string): JsonObject {
  const value: unknown = parseOrThrow('JSON', () => JSON.parse(text.replace(/^\uFEFF/, '')));
  if (!isObject(value)) throw new MalformedManifestError('not valid JSON: the top level is not an object');
  return value;
}

/** A member that must be an object; anything else reads as empty. */
export function objectAt(value: unknown, key: string): JsonObject {
  const member = isObject(value) ? value[key] : undefined;
  return isObject(member) ? member : {};
}

export function stringAt(value: unknown, key: string): string | null {
  const member = isObject(value) ? value[key] : undefined;
  return typeof member === 'string' ? member : null;
}

/** A license as npm and composer declare it: a string, `{ type }`, or a list of either. */
export function declaredLicense(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value.type === 'string') return value.type;
  if (Array.isArray(value)) {
    const parts = value.map(declaredLicense).filter((v): v is string => v !== null);
    if (parts.length === 0) return null;
    return parts.length === 1 ? (parts[0] ?? null) : `(${parts.join(' OR ')})`;
  }
  return null;
}

export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}
