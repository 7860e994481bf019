import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Every change of every knowledge file: the `file_changes` rows of each path of its lineage within
 * that path's life, one per commit. The first is the file's creation. Merges have no
 * `file_changes` rows, so they are not changes, as in the paper.
 */
export const createFileHistorySql = `
CREATE OR REPLACE TEMP TABLE people_file_history AS
WITH changes AS (
  SELECT l.file_id, o.seq, any_value(o.sha) AS sha, any_value(o.authored_at) AS authored_at,
    sum(coalesce(c.added, 0)) AS added
  FROM people_file_lineage l
  JOIN file_changes c ON c.path = l.lineage_path
  JOIN people_commit_order o ON o.sha = c.sha AND o.seq > l.since_seq AND o.seq < l.before_seq
  GROUP BY l.file_id, o.seq
)
SELECT f.path, c.*, c.seq = min(c.seq) OVER (PARTITION BY c.file_id) AS is_creation
FROM changes c JOIN people_files f USING (file_id)`;

export async function createFileHistory(connection: DuckDBConnection): Promise<void> {
  await connection.run(createFileHistorySql);
}
