/** Checks for untrusted JSON, so values are narrowed instead of cast. */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function recordAt(value: JsonRecord, key: string): JsonRecord | null {
  const found = value[key];
  return isRecord(found) ? found : null;
}

export function numberAt(value: JsonRecord | null, key: string): number | null {
  const found = value?.[key];
  return typeof found === 'number' && Number.isFinite(found) ? found : null;
}
