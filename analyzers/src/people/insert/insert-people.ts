import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * One row per person with their activity, status and knowledge. Knowledge is what they author, not
 * how much they commit: each knowledge file's weight (1 + ln(1 + changes last year) + ln(1 + fan-in))
 * is shared evenly among its DOA authors, and a person's knowledge is the sum of their parts.
 */
export const insertPeopleSql = `
INSERT INTO people
WITH persons AS (
  SELECT person_id, any_value(person_name) AS name, any_value(person_email) AS email, count(*) AS identity_count
  FROM identities WHERE kind = 'person' GROUP BY person_id
),
authored AS (
  SELECT a.person_id, count(*) AS files, count(*) FILTER (WHERE o.is_hotspot) AS hotspots,
    count(*) FILTER (WHERE o.is_core) AS core, sum(o.lines / len(o.doa_authors)) AS lines,
    sum(o.knowledge_weight / len(o.doa_authors)) AS knowledge
  FROM file_authorship a JOIN file_ownership o USING (path) WHERE a.is_author GROUP BY a.person_id
),
main_devs AS (SELECT main_dev AS person_id, count(*) AS files FROM file_ownership GROUP BY main_dev),
scored AS (
  SELECT p.*, v.* EXCLUDE (person_id), coalesce(a.files, 0) AS files, coalesce(a.hotspots, 0) AS hotspots,
    coalesce(a.core, 0) AS core, coalesce(a.lines, 0) AS lines, coalesce(a.knowledge, 0) AS knowledge,
    coalesce(m.files, 0) AS main_dev_files
  FROM persons p JOIN people_activity v USING (person_id)
  LEFT JOIN authored a USING (person_id) LEFT JOIN main_devs m USING (person_id)
)
SELECT $repo_id, person_id, name, email, identity_count::INTEGER, commit_count::INTEGER,
  coauthored_commit_count::INTEGER, first_commit_at, last_commit_at, commits_last_90_days::INTEGER,
  commits_last_year::INTEGER, status, files::INTEGER, main_dev_files::INTEGER, hotspots::INTEGER, core::INTEGER,
  round(lines)::INTEGER, knowledge,
  CASE WHEN sum(knowledge) OVER () > 0 THEN knowledge / sum(knowledge) OVER () ELSE 0 END,
  row_number() OVER (ORDER BY knowledge DESC, files DESC, person_id)::INTEGER
FROM scored
ORDER BY person_id`;

export async function insertPeople(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertPeopleSql, { repo_id: repoId });
}
