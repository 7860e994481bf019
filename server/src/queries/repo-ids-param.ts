/**
 * A list of repo ids as one query parameter (JSON text): DuckDB's node bindings cannot bind an
 * empty list. Queries filter with `inRepoIds`.
 */
export function repoIdsParam(repoIds: readonly string[]): { repo_ids: string } {
  return { repo_ids: JSON.stringify(repoIds) };
}

export const inRepoIds = `repo_id IN (SELECT unnest(from_json($repo_ids, '["VARCHAR"]')))`;
