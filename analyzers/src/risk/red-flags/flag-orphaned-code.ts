import type { DuckDBConnection } from '@duckdb/node-api';
import { redFlagThresholds } from './red-flag-thresholds.ts';

/** `orphaned-code`: more than 40% of the repo's code lines have no active author. */
export const flagOrphanedCodeSql = `
INSERT INTO red_flags
WITH repo AS (
  SELECT line_count, orphaned_lines, orphaned_lines / line_count AS share
  FROM orphaned_code WHERE scope = 'repo' AND line_count > 0
),
biggest AS (
  SELECT list(path ORDER BY lines DESC, path)[1:$paths] AS paths FROM file_ownership WHERE is_orphaned AND lines > 0
)
SELECT $repo_id, 'orphaned-code', 'high', '',
  format('{}% of the code ({} of {} lines) has no active author', round(100 * r.share)::INTEGER,
    r.orphaned_lines, r.line_count),
  r.share, $threshold, coalesce(b.paths, []), NULL
FROM repo r, biggest b
WHERE r.share > $threshold`;

export async function flagOrphanedCode(connection: DuckDBConnection, repoId: string): Promise<void> {
  const { orphanedShare, evidencePaths } = redFlagThresholds;
  await connection.run(flagOrphanedCodeSql, {
    repo_id: repoId,
    threshold: orphanedShare,
    paths: evidencePaths,
  });
}
