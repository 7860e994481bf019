import type { DuckDBConnection } from '@duckdb/node-api';
import { redFlagThresholds } from './red-flag-thresholds.ts';

/** `low-truck-factor`: the repo's truck factor is at most 2; `high` at 1 or 0. */
export const flagLowTruckFactorSql = `
INSERT INTO red_flags
WITH tf AS (SELECT truck_factor, people FROM truck_factor WHERE scope = 'repo'),
named AS (
  SELECT list(p.name ORDER BY i) AS names
  FROM tf, range(1, len(tf.people) + 1) AS r(i) JOIN people p ON p.person_id = tf.people[i]
)
SELECT $repo_id, 'low-truck-factor', CASE WHEN tf.truck_factor <= 1 THEN 'high' ELSE 'medium' END, '',
  CASE WHEN tf.truck_factor = 0 THEN 'Truck factor 0: more than half of the files have no author already'
    ELSE format('Truck factor {}: if {} left, more than half of the files would have no author',
      tf.truck_factor, array_to_string(n.names, ' and ')) END,
  tf.truck_factor, $threshold, [], array_to_string(n.names, ', ')
FROM tf, named n
WHERE tf.truck_factor <= $threshold`;

export async function flagLowTruckFactor(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(flagLowTruckFactorSql, { repo_id: repoId, threshold: redFlagThresholds.truckFactor });
}
