import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * One row per calendar month (UTC author date) from the first commit's month to the last, gaps
 * filled with zeros. Complexity added is an estimate from what is known without measuring old
 * versions: lines added that month to a file still present at the pinned commit (renames
 * followed), times that file's cyclomatic complexity per code line today, summed as decimals so
 * that the order threads add them in cannot change the result.
 */
export const insertTrendsSql = `
INSERT INTO trends
WITH dated AS (
  SELECT sha, is_merge, strftime(timezone('UTC', authored_at), '%Y-%m') AS month FROM commits
  WHERE authored_at IS NOT NULL
),
bounds AS (
  SELECT min(timezone('UTC', authored_at)) AS first_at, max(timezone('UTC', authored_at)) AS last_at FROM commits
),
months AS (
  SELECT strftime(m, '%Y-%m') AS month
  FROM bounds, range(date_trunc('month', first_at), date_trunc('month', last_at) + INTERVAL 1 MONTH, INTERVAL 1 MONTH) AS t(m)
),
commit_counts AS (
  SELECT d.month, count(*) AS commits, count(*) FILTER (WHERE NOT d.is_merge) AS non_merge,
    count(*) FILTER (WHERE r.is_fix) AS fixes
  FROM dated d LEFT JOIN risk_commits r USING (sha) GROUP BY d.month
),
churn AS (
  SELECT d.month, sum(c.added) AS added, sum(c.deleted) AS deleted, count(DISTINCT c.path) AS files
  FROM file_changes c JOIN dated d USING (sha) GROUP BY d.month
),
complexity AS (
  SELECT strftime(timezone('UTC', h.authored_at), '%Y-%m') AS month,
    sum((h.added * m.cyclomatic_sum / m.code_lines)::DECIMAL(38, 12))::DOUBLE AS added
  FROM people_file_history h JOIN risk_file_metrics m USING (path)
  WHERE m.complexity_source = 'cyclomatic' AND m.code_lines > 0 AND h.authored_at IS NOT NULL
  GROUP BY ALL
)
SELECT $repo_id, m.month, coalesce(c.commits, 0)::INTEGER, coalesce(c.non_merge, 0)::INTEGER,
  coalesce(c.fixes, 0)::INTEGER, coalesce(a.contributors, 0)::INTEGER, coalesce(h.added, 0)::BIGINT,
  coalesce(h.deleted, 0)::BIGINT, coalesce(h.files, 0)::INTEGER, coalesce(x.added, 0)::DOUBLE
FROM months m
LEFT JOIN commit_counts c USING (month) LEFT JOIN contributor_activity a USING (month)
LEFT JOIN churn h USING (month) LEFT JOIN complexity x USING (month)
ORDER BY m.month`;

export async function insertTrends(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertTrendsSql, { repo_id: repoId });
}
