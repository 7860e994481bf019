import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Per knowledge file: code-maat's main developer (most lines added; ownership = their lines over
 * all lines people added) and fragmentation (1 − Σ share of revisions²), where a co-authored commit's
 * lines and revision are split evenly among its people so shares add up to one; its DOA authors and
 * whether any is still active; and what makes it weigh in the key-people ranking: changes in the
 * last year (hotspots) and files importing it (core files).
 */
export const insertFileOwnershipSql = `
INSERT INTO file_ownership
WITH per_commit AS (
  SELECT h.path, c.person_id, c.is_author, h.is_creation, h.added / c.credited AS added, 1 / c.credited AS revs
  FROM people_file_history h JOIN people_credits c USING (sha)
),
shares AS (
  SELECT path, person_id, sum(added) AS added, sum(revs) AS revs FROM per_commit GROUP BY ALL
),
spread AS (
  SELECT path, sum(added) AS added, sum(revs) AS revs, sum(revs * revs) AS revs_squared, count(*) AS people
  FROM shares GROUP BY path
),
main_devs AS (
  SELECT path, person_id, added FROM shares
  QUALIFY row_number() OVER (PARTITION BY path ORDER BY added DESC, revs DESC, person_id) = 1
),
creators AS (
  SELECT path, person_id FROM per_commit WHERE is_creation
  QUALIFY row_number() OVER (PARTITION BY path ORDER BY is_author DESC, person_id) = 1
),
history AS (
  SELECT h.path, count(*) AS revisions, count(*) FILTER (WHERE h.authored_at > x.last_year_since) AS recent
  FROM people_file_history h, people_context x GROUP BY h.path
),
former_paths AS (
  SELECT f.path, list_sort(list(DISTINCT l.lineage_path)) AS former
  FROM people_file_lineage l JOIN people_files f USING (file_id) WHERE l.lineage_path <> f.path GROUP BY f.path
),
authors AS (
  SELECT a.path, list(a.person_id ORDER BY a.doa DESC, a.person_id) AS people, bool_or(p.status = 'active') AS active
  FROM file_authorship a JOIN people_activity p USING (person_id) WHERE a.is_author GROUP BY a.path
),
fan_in AS (
  SELECT target_path AS path, count(DISTINCT path) AS importers FROM imports
  WHERE target_kind = 'file' AND target_path IS NOT NULL GROUP BY ALL
),
measured AS (
  SELECT f.path, f.lines, coalesce(h.revisions, 0) AS revisions, coalesce(h.recent, 0) AS recent,
    coalesce(i.importers, 0) AS importers, coalesce(p.former, []) AS former
  FROM people_files f LEFT JOIN history h USING (path) LEFT JOIN fan_in i USING (path)
  LEFT JOIN former_paths p USING (path)
),
thresholds AS (
  SELECT greatest(2, coalesce(quantile_disc(recent, 0.9) FILTER (WHERE recent > 0), 0)) AS hot,
    greatest(2, coalesce(quantile_disc(importers, 0.9) FILTER (WHERE importers > 0), 0)) AS core
  FROM measured
)
SELECT $repo_id, m.path, m.former, m.lines::INTEGER, m.revisions::INTEGER, c.person_id,
  d.person_id, d.added::DOUBLE, CASE WHEN s.added > 0 THEN d.added / s.added END,
  CASE WHEN s.revs > 0 THEN 1 - s.revs_squared / (s.revs * s.revs) END,
  coalesce(s.people, 0)::INTEGER, coalesce(a.people, []), NOT coalesce(a.active, false),
  m.recent::INTEGER, m.importers::INTEGER, m.recent >= t.hot, m.importers >= t.core,
  1 + ln(1 + m.recent) + ln(1 + m.importers)
FROM measured m CROSS JOIN thresholds t
LEFT JOIN spread s USING (path) LEFT JOIN main_devs d USING (path)
LEFT JOIN creators c USING (path) LEFT JOIN authors a USING (path)
ORDER BY m.path`;

export async function insertFileOwnership(connection: DuckDBConnection, repoId: string): Promise<void> {
  await connection.run(insertFileOwnershipSql, { repo_id: repoId });
}
