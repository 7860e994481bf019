import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * The paths each knowledge file had, followed back through git's rename rows, and when it had
 * each: a path's life starts after it was last renamed away (a later file reusing the name is
 * another file) and ends when the file was renamed to its next path. Each step goes back in time,
 * so a file renamed back and forth ends too.
 */
export const createFileLineageSql = `
CREATE OR REPLACE TEMP TABLE people_file_lineage AS
WITH RECURSIVE
renames AS (
  SELECT c.path, c.old_path, o.seq,
    coalesce(lag(o.seq) OVER (PARTITION BY c.old_path ORDER BY o.seq), 0) AS old_path_since
  FROM file_changes c JOIN people_commit_order o USING (sha)
  WHERE c.old_path IS NOT NULL AND c.old_path <> c.path
),
renamed_away AS (
  SELECT old_path AS path, max(seq) AS last_seq FROM renames GROUP BY old_path
),
lineage(file_id, lineage_path, since_seq, before_seq) AS (
  SELECT f.file_id, f.path, coalesce(a.last_seq, 0), 9223372036854775807
  FROM people_files f LEFT JOIN renamed_away a USING (path)
  UNION
  SELECT l.file_id, r.old_path, r.old_path_since, r.seq
  FROM lineage l JOIN renames r ON r.path = l.lineage_path AND r.seq > l.since_seq AND r.seq < l.before_seq
)
SELECT * FROM lineage`;

export async function createFileLineage(connection: DuckDBConnection): Promise<void> {
  await connection.run(createFileLineageSql);
}
