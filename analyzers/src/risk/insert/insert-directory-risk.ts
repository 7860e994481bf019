import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * `file_risk` rolled up to the repo and to every directory, each directory counting everything
 * under it (as `orphaned_code`): line-weighted risk (a file weighs its code lines, at least 1, so
 * an empty file still counts), the riskiest file, change and fix counts, top hotspots, orphaned
 * and untested lines, and line-weighted code age. Scores are summed as decimals: a sum of doubles
 * depends on the order DuckDB's threads add them in, and the same history must give the same rows.
 */
export const insertDirectoryRiskSql = `
INSERT INTO directory_risk
WITH scoped AS (
  SELECT 'repo' AS scope, r.* FROM file_risk r
  UNION ALL
  SELECT array_to_string(string_split(r.path, '/')[1:depth], '/') || '/', r.*
  FROM file_risk r, range(1, len(string_split(r.path, '/'))) AS levels(depth)
)
SELECT $repo_id, scope, count(*)::INTEGER, sum(code_lines)::INTEGER,
  (sum((score * greatest(code_lines, 1))::DECIMAL(38, 12)) / sum(greatest(code_lines, 1)))::DOUBLE, max(score),
  arg_min(path, rank),
  sum(window_commits)::INTEGER, sum(fix_commits)::INTEGER, count(*) FILTER (WHERE is_top_hotspot)::INTEGER,
  coalesce(sum(code_lines) FILTER (WHERE is_orphaned), 0)::INTEGER,
  coalesce(sum(code_lines) FILTER (WHERE coverage_factor = 1), 0)::INTEGER,
  sum(code_lines * age_months) FILTER (WHERE age_months IS NOT NULL)
    / nullif(sum(code_lines) FILTER (WHERE age_months IS NOT NULL), 0)
FROM scoped
GROUP BY scope
ORDER BY scope <> 'repo', scope`;

export async function insertDirectoryRisk(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertDirectoryRiskSql, { repo_id: repoId });
}
