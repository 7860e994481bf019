import type { DuckDBConnection } from '@duckdb/node-api';
import { topHotspotShare } from './insert-hotspots.ts';

/**
 * Per window: files, changes, fixes, and hotspot concentration, the share of the window's file
 * changes (Σ `window_commits`) that land in the top ceil(5% × files) hotspots.
 */
export const insertHotspotSummarySql = `
INSERT INTO hotspot_summary
WITH files AS (SELECT count(*) AS files FROM people_files),
commits AS (
  SELECT w.time_window, count(*) AS commits, count(*) FILTER (WHERE c.is_fix) AS fixes
  FROM risk_windows w JOIN risk_commits c ON w.since IS NULL OR c.authored_at > w.since
  GROUP BY ALL
),
changes AS (
  SELECT time_window, count(*) AS changed, sum(window_commits) AS changes,
    coalesce(sum(window_commits) FILTER (WHERE is_top), 0) AS top_changes
  FROM hotspots GROUP BY ALL
)
SELECT $repo_id, w.time_window, w.is_configured, w.since, w.head_at, f.files::INTEGER,
  coalesce(h.changed, 0)::INTEGER, coalesce(c.commits, 0)::INTEGER, coalesce(c.fixes, 0)::INTEGER,
  coalesce(h.changes, 0)::INTEGER, ceil($top_share * f.files)::INTEGER, coalesce(h.top_changes, 0)::INTEGER,
  CASE WHEN h.changes > 0 THEN h.top_changes / h.changes END
FROM risk_windows w CROSS JOIN files f
LEFT JOIN commits c USING (time_window) LEFT JOIN changes h USING (time_window)
ORDER BY w.time_window`;

export async function insertHotspotSummary(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertHotspotSummarySql, { repo_id: repoId, top_share: topHotspotShare });
}
