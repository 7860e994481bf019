import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Degree of Authorship, Avelino et al. (ICPC 2016): DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC).
 * As in their reference implementation, the creating commit gives FA and is not itself a change:
 * DL counts a person's later commits to the file, AC the later commits without them (bots' included:
 * the file changed under them all the same). A co-authored commit is a whole change for each of its
 * people. An author has a normalized DOA above 0.75 and a DOA of at least 3.293.
 */
export const insertFileAuthorshipSql = `
INSERT INTO file_authorship
WITH totals AS (
  SELECT path, count(*) FILTER (WHERE NOT is_creation) AS changes FROM people_file_history GROUP BY path
),
per_person AS (
  SELECT h.path, c.person_id,
    bool_or(h.is_creation) AS is_creator,
    count(*) FILTER (WHERE NOT h.is_creation) AS changes,
    sum(h.added / c.credited) AS lines_added
  FROM people_file_history h JOIN people_credits c USING (sha)
  GROUP BY ALL
),
scored AS (
  SELECT p.*, t.changes - p.changes AS others_changes,
    3.293 + 1.098 * p.is_creator::INTEGER + 0.164 * p.changes - 0.321 * ln(1 + t.changes - p.changes) AS doa
  FROM per_person p JOIN totals t USING (path)
),
normalized AS (
  SELECT *, CASE WHEN max(doa) OVER (PARTITION BY path) > 0 THEN doa / max(doa) OVER (PARTITION BY path) ELSE 0 END
    AS doa_normalized
  FROM scored
)
SELECT $repo_id, path, person_id, is_creator, changes::INTEGER, others_changes::INTEGER, lines_added::DOUBLE,
  doa, doa_normalized, doa_normalized > 0.75 AND doa >= 3.293
FROM normalized
ORDER BY path, person_id`;

export async function insertFileAuthorship(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertFileAuthorshipSql, { repo_id: repoId });
}
