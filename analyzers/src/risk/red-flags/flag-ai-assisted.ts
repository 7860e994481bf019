import type { DuckDBConnection } from '@duckdb/node-api';
import { redFlagThresholds } from './red-flag-thresholds.ts';

/**
 * `ai-assisted`: at least a quarter of the configured window's non-merge commits were authored or
 * co-authored by an AI coding assistant (`ai_assisted_commits`).
 */
export const flagAiAssistedSql = `
INSERT INTO red_flags
WITH configured AS (SELECT since, label FROM risk_windows WHERE is_configured),
counts AS (
  SELECT count(*) AS commits, count(a.sha) AS ai,
    list_sort(list_distinct(flatten(list(a.assistants) FILTER (WHERE a.sha IS NOT NULL)))) AS assistants
  FROM risk_commits c CROSS JOIN configured w LEFT JOIN ai_assisted_commits a USING (sha)
  WHERE w.since IS NULL OR c.authored_at > w.since
)
SELECT $repo_id, 'ai-assisted', 'medium', '',
  format('{}% of the commits of {} ({} of {}) were written with an AI assistant ({})',
    round(100 * n.ai / n.commits)::INTEGER, w.label, n.ai, n.commits, array_to_string(n.assistants, ', ')),
  n.ai / n.commits, $threshold, [], array_to_string(n.assistants, ', ')
FROM counts n, configured w
WHERE n.commits > 0 AND n.ai / n.commits >= $threshold`;

export async function flagAiAssisted(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(flagAiAssistedSql, { repo_id: repoId, threshold: redFlagThresholds.aiAssistedShare });
}
