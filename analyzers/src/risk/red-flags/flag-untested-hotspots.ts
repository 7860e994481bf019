import type { DuckDBConnection } from '@duckdb/node-api';
import { redFlagThresholds } from './red-flag-thresholds.ts';

/**
 * `untested-hotspots`: top hotspots of the configured window (`file_risk.is_top_hotspot`) that no
 * test reaches (coverage factor 1: no test file reaches it, or a report measured 0%). Only raised
 * with test data; `high` when at least half of the top hotspots are untested.
 */
export const flagUntestedHotspotsSql = `
INSERT INTO red_flags
WITH top AS (
  SELECT count(*) AS top, count(*) FILTER (WHERE coverage_factor = 1) AS untested,
    list(path ORDER BY hotspot_score DESC, path) FILTER (WHERE coverage_factor = 1) AS paths
  FROM file_risk WHERE is_top_hotspot AND NOT coalesce(is_test, false)
)
SELECT $repo_id, 'untested-hotspots', CASE WHEN untested >= $high_share * top THEN 'high' ELSE 'medium' END, '',
  CASE WHEN top = 1 THEN 'The top hotspot has no test reaching it'
    WHEN untested = top THEN format('None of the {} top hotspots has a test reaching it', top)
    ELSE format('{} of the {} top hotspots have no test reaching them', untested, top) END,
  untested, 1, paths[1:$paths], NULL
FROM top
WHERE untested > 0`;

export async function flagUntestedHotspots(connection: DuckDBConnection, repoId: string): Promise<void> {
  const { untestedHotspotsHighShare, evidencePaths } = redFlagThresholds;
  const params = { repo_id: repoId, high_share: untestedHotspotsHighShare, paths: evidencePaths };
  await connection.run(flagUntestedHotspotsSql, params);
}
