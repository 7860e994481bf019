import { api } from './client.ts';
import { useFetch } from './use-fetch.ts';

function dig(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !(key in current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * The definition of each field of a file, as the OpenAPI document publishes it (the column docs of
 * the table schemas): the file panel shows them on hover, so UI and docs never disagree.
 */
export function useFileDefinitions(): Record<string, string> {
  const docs = useFetch('docs', api.docs);
  if (docs.state !== 'ready') return {};
  const schema = dig(
    docs.data,
    'paths',
    '/api/repos/{repo}/file',
    'get',
    'responses',
    '200',
    'content',
    'application/json',
    'schema',
    'properties',
    'file',
    'properties',
  );
  const definitions: Record<string, string> = {};
  if (typeof schema === 'object' && schema !== null) {
    for (const [name, property] of Object.entries(schema)) {
      const description = dig(property, 'description');
      if (typeof description === 'string') definitions[name] = description;
    }
  }
  return definitions;
}
