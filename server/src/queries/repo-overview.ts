import { defineTable, double, int, text, timestamptz } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const repoOverviewRow = defineTable({
  name: 'repo_overview',
  doc: 'One row per repo of the deal: the figures of the deal overview.',
  key: ['repo_id'],
  columns: {
    repo_id: text.required('Repo.'),
    name: text.required('Its name.'),
    head_sha: text.required('The pinned commit.'),
    head_at: timestamptz.required('When the pinned commit was made.'),
    commit_count: int.required('Commits reachable from the pinned commit.'),
    file_count: int.required('Files at the pinned commit.'),
    code_lines: int.required('Lines of code at the pinned commit.'),
    people: int.required('People who committed (bots left out).'),
    active_people: int.required('People active now (`people.status`).'),
    former_people: int.required('People no longer active.'),
    truck_factor: int.nullable('Truck factor of the repo; NULL before the people stage ran.'),
    hotspot_files: int.required('Files flagged `is_hotspot` in `file_ownership`.'),
    hotspot_concentration: double.nullable(
      'Share of last-year file changes that fall on the hotspot files; NULL with no change in the last year.',
    ),
    orphaned_lines_share: double.nullable('Share of authored code lines with no active DOA author.'),
    measured_coverage: double.nullable('Line coverage from a coverage report; NULL until one is read.'),
    estimated_coverage: double.nullable('Share of source files reached by tests; NULL until estimated.'),
    red_flags: int.nullable('Red flags raised; NULL until the risk stage has run.'),
    warning_count: int.required('Analysis warnings.'),
  },
});

export const repoOverviewQuery = defineQuery<typeof repoOverviewRow, Record<string, never>>(
  repoOverviewRow,
  `
WITH f AS (
  SELECT repo_id, count(*)::INTEGER AS file_count, coalesce(sum(code_lines), 0)::INTEGER AS code_lines
  FROM files GROUP BY repo_id
),
p AS (
  SELECT repo_id, count(*)::INTEGER AS people,
    count(*) FILTER (WHERE status = 'active')::INTEGER AS active_people
  FROM people GROUP BY repo_id
),
o AS (
  SELECT repo_id, count(*) FILTER (WHERE is_hotspot)::INTEGER AS hotspot_files,
    sum(changes_last_year) FILTER (WHERE is_hotspot) / nullif(sum(changes_last_year), 0) AS hotspot_concentration,
    sum(lines) FILTER (WHERE is_orphaned) / nullif(sum(lines), 0) AS orphaned_lines_share
  FROM file_ownership GROUP BY repo_id
),
t AS (SELECT repo_id, truck_factor FROM truck_factor WHERE scope = 'repo')
SELECT r.repo_id, r.name, r.head_sha, r.head_at, r.commit_count,
  coalesce(f.file_count, 0) AS file_count, coalesce(f.code_lines, 0) AS code_lines,
  coalesce(p.people, 0) AS people, coalesce(p.active_people, 0) AS active_people,
  (coalesce(p.people, 0) - coalesce(p.active_people, 0))::INTEGER AS former_people,
  t.truck_factor, coalesce(o.hotspot_files, 0) AS hotspot_files, o.hotspot_concentration,
  o.orphaned_lines_share, NULL::DOUBLE AS measured_coverage, NULL::DOUBLE AS estimated_coverage,
  NULL::INTEGER AS red_flags, r.warning_count
FROM repos r
LEFT JOIN f USING (repo_id) LEFT JOIN p USING (repo_id) LEFT JOIN o USING (repo_id) LEFT JOIN t USING (repo_id)
ORDER BY r.repo_id`,
);
