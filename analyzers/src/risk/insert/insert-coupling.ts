import type { DuckDBConnection } from '@duckdb/node-api';
import { couplingParams } from '../coupling-rules.ts';

/**
 * code-maat's `coupling` per window: over commits changing at most `$max_files` files, each file's
 * commits and each pair's shared commits; degree = shared / average of the two, kept when at least
 * `$min_shared` shared and `$min_degree`%. The test is done in integers (200 · shared ≥ degree ·
 * (a + b)) so a pair exactly at 30% is kept; the stored degree is truncated as code-maat prints it.
 */
export const insertCouplingSql = `
INSERT INTO coupling
WITH changes AS (
  SELECT time_window, path, sha FROM risk_window_changes WHERE files <= $max_files
),
commits AS (SELECT time_window, path, count(*) AS commits FROM changes GROUP BY ALL),
shared AS (
  SELECT a.time_window, a.path AS path_a, b.path AS path_b, count(*) AS shared
  FROM changes a JOIN changes b ON a.time_window = b.time_window AND a.sha = b.sha AND a.path < b.path
  GROUP BY ALL
  HAVING count(*) >= $min_shared
)
SELECT $repo_id, s.time_window, s.path_a, s.path_b, s.shared::INTEGER, a.commits::INTEGER, b.commits::INTEGER,
  (a.commits + b.commits) / 2, (200 * s.shared // (a.commits + b.commits))::INTEGER,
  risk_component(s.path_a), risk_component(s.path_b)
FROM shared s
JOIN commits a ON a.time_window = s.time_window AND a.path = s.path_a
JOIN commits b ON b.time_window = s.time_window AND b.path = s.path_b
WHERE 200 * s.shared >= $min_degree * (a.commits + b.commits)
ORDER BY s.time_window, s.path_a, s.path_b`;

export async function insertCoupling(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertCouplingSql, { repo_id: repoId, ...couplingParams });
}
