import type { DuckDBConnection } from '@duckdb/node-api';
import { couplingParams } from '../coupling-rules.ts';

/**
 * Architectural coupling, as code-maat runs `coupling` on a log whose files were mapped to
 * components: the same commits (at most `$max_files` files), each component counted once per
 * commit, and the same thresholds. `file_pairs` counts the coupled file pairs between them.
 */
export const insertComponentCouplingSql = `
INSERT INTO component_coupling
WITH changes AS (
  SELECT DISTINCT time_window, risk_component(path) AS component, sha
  FROM risk_window_changes WHERE files <= $max_files
),
commits AS (SELECT time_window, component, count(*) AS commits FROM changes GROUP BY ALL),
shared AS (
  SELECT a.time_window, a.component AS component_a, b.component AS component_b, count(*) AS shared
  FROM changes a JOIN changes b ON a.time_window = b.time_window AND a.sha = b.sha AND a.component < b.component
  GROUP BY ALL
  HAVING count(*) >= $min_shared
),
file_pairs AS (
  SELECT time_window, least(component_a, component_b) AS component_a,
    greatest(component_a, component_b) AS component_b, count(*) AS pairs
  FROM coupling WHERE component_a <> component_b GROUP BY ALL
)
SELECT $repo_id, s.time_window, s.component_a, s.component_b, s.shared::INTEGER, a.commits::INTEGER,
  b.commits::INTEGER, (a.commits + b.commits) / 2, (200 * s.shared // (a.commits + b.commits))::INTEGER,
  coalesce(p.pairs, 0)::INTEGER
FROM shared s
JOIN commits a ON a.time_window = s.time_window AND a.component = s.component_a
JOIN commits b ON b.time_window = s.time_window AND b.component = s.component_b
LEFT JOIN file_pairs p ON p.time_window = s.time_window AND p.component_a = s.component_a
  AND p.component_b = s.component_b
WHERE 200 * s.shared >= $min_degree * (a.commits + b.commits)
ORDER BY s.time_window, s.component_a, s.component_b`;

export async function insertComponentCoupling(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertComponentCouplingSql, { repo_id: repoId, ...couplingParams });
}
