/**
 * A list of repo ids as one query parameter: JSON text, unnested in SQL with
 * `from_json($repo_ids, '["VARCHAR"]')`. DuckDB's node bindings cannot bind an empty list.
 */
export function repoIdsParam(repoIds: readonly string[]): string {
  return JSON.stringify(repoIds);
}

export const inRepoIds = `repo_id IN (SELECT unnest(from_json($repo_ids, '["VARCHAR"]')))`;
