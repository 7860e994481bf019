import type { DuckDBConnection } from '@duckdb/node-api';
import { couplingParams } from '../coupling-rules.ts';

/** The share of a repo's files whose changes hotspot concentration measures. */
export const topHotspotShare = 0.05;

/**
 * Per window, every file that changed in it: commits (renames followed), fixes, people, complexity,
 * hotspot = commits × complexity and its score against the repo's top file (100); the top
 * ceil(5% × files) by rank; code-maat's sum of coupling over commits of at most `$max_files`
 * files; and how many files `coupling` pairs it with.
 */
export const insertHotspotsSql = `
INSERT INTO hotspots
WITH per_file AS (
  SELECT time_window, path, count(*) AS commits, count(*) FILTER (WHERE is_fix) AS fixes,
    coalesce(sum(files - 1) FILTER (WHERE files <= $max_files), 0) AS soc
  FROM risk_window_changes GROUP BY ALL
),
credited AS (
  SELECT w.time_window, w.path, count(DISTINCT c.person_id) AS people
  FROM risk_window_changes w JOIN people_credits c USING (sha) GROUP BY ALL
),
coupled AS (
  SELECT time_window, path, count(*) AS files FROM (
    SELECT time_window, path_a AS path FROM coupling UNION ALL SELECT time_window, path_b FROM coupling
  ) GROUP BY ALL
),
scored AS (
  SELECT f.*, m.complexity, m.complexity_source, m.code_lines, f.commits * m.complexity AS hotspot
  FROM per_file f JOIN risk_file_metrics m USING (path)
),
ranked AS (
  SELECT *,
    CASE WHEN max(hotspot) OVER w > 0 THEN 100 * hotspot / max(hotspot) OVER w ELSE 0 END AS score,
    row_number() OVER (PARTITION BY time_window ORDER BY hotspot DESC, commits DESC, path) AS rank
  FROM scored
  WINDOW w AS (PARTITION BY time_window)
)
SELECT $repo_id, r.time_window, r.path, r.commits::INTEGER, r.fixes::INTEGER, coalesce(p.people, 0)::INTEGER,
  r.complexity::INTEGER, r.complexity_source, r.code_lines::INTEGER, r.hotspot::BIGINT, r.score, r.rank::INTEGER,
  r.rank <= ceil($top_share * (SELECT count(*) FROM people_files)), r.soc::INTEGER, coalesce(c.files, 0)::INTEGER
FROM ranked r
LEFT JOIN credited p ON p.time_window = r.time_window AND p.path = r.path
LEFT JOIN coupled c ON c.time_window = r.time_window AND c.path = r.path
ORDER BY r.time_window, r.rank`;

export async function insertHotspots(connection: DuckDBConnection, repoId: string): Promise<void> {
  const params = { repo_id: repoId, max_files: couplingParams.max_files, top_share: topHotspotShare };
  await connection.run(insertHotspotsSql, params);
}
