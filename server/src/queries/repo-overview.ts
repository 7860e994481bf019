import { authoredCode } from './authored-code.ts';
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
    code_lines: int.required(
      'Lines of code at the pinned commit; generated, vendored and minified files left out.',
    ),
    people: int.required('People who committed (bots left out).'),
    active_people: int.required('People active now (`people.status`).'),
    former_people: int.required('People no longer active.'),
    truck_factor: int.nullable('Truck factor of the repo; NULL before the people stage ran.'),
    hotspot_window: text.nullable(
      'The configured analysis window (`hotspot_summary.is_configured`); NULL before the risk stage.',
    ),
    hotspot_files: int.nullable(
      'Files in the top 5% of hotspots (`hotspot_summary.top_files`) in that window; NULL before the risk stage.',
    ),
    hotspot_concentration: double.nullable(
      'Hotspot concentration in that window (`hotspot_summary.concentration`); NULL when nothing changed.',
    ),
    orphaned_lines_share: double.nullable('Share of authored code lines with no active DOA author.'),
    measured_coverage: double.nullable(
      'Line coverage of the source files from coverage reports (`coverage_rollup`); NULL without a report.',
    ),
    estimated_coverage: double.nullable(
      'Share of source files reached by at least one test file (an estimate, not measured); NULL before the coverage stage.',
    ),
    red_flags: int.nullable('Red flags raised; NULL until the risk stage has run.'),
    warning_count: int.required('Analysis warnings.'),
  },
});

export const repoOverviewQuery = defineQuery<typeof repoOverviewRow, Record<string, never>>(
  repoOverviewRow,
  `
WITH f AS (
  -- Code lines as the report counts them: code the team did not write is left out.
  SELECT repo_id, count(*)::INTEGER AS file_count,
    coalesce(sum(code_lines) FILTER (WHERE ${authoredCode}), 0)::INTEGER AS code_lines
  FROM files GROUP BY repo_id
),
p AS (
  SELECT repo_id, count(*)::INTEGER AS people,
    count(*) FILTER (WHERE status = 'active')::INTEGER AS active_people
  FROM people GROUP BY repo_id
),
o AS (
  SELECT repo_id, sum(lines) FILTER (WHERE is_orphaned) / nullif(sum(lines), 0) AS orphaned_lines_share
  FROM file_ownership GROUP BY repo_id
),
h AS (
  SELECT repo_id, time_window AS hotspot_window, top_files AS hotspot_files, concentration AS hotspot_concentration
  FROM hotspot_summary WHERE is_configured
),
t AS (SELECT repo_id, truck_factor FROM truck_factor WHERE scope = 'repo'),
f_flags AS (SELECT repo_id, count(*)::INTEGER AS red_flags FROM red_flags WHERE repo_id IS NOT NULL GROUP BY repo_id),
risk_ran AS (SELECT DISTINCT repo_id FROM file_risk),
c AS (
  SELECT repo_id, line_coverage AS measured_coverage,
    reached_files / nullif(source_files, 0) AS estimated_coverage
  FROM coverage_rollup WHERE directory = ''
)
SELECT r.repo_id, r.name, r.head_sha, r.head_at, r.commit_count,
  coalesce(f.file_count, 0) AS file_count, coalesce(f.code_lines, 0) AS code_lines,
  coalesce(p.people, 0) AS people, coalesce(p.active_people, 0) AS active_people,
  (coalesce(p.people, 0) - coalesce(p.active_people, 0))::INTEGER AS former_people,
  t.truck_factor, h.hotspot_window, h.hotspot_files, h.hotspot_concentration,
  o.orphaned_lines_share, c.measured_coverage, c.estimated_coverage,
  CASE WHEN rr.repo_id IS NULL THEN NULL ELSE coalesce(fl.red_flags, 0) END AS red_flags, r.warning_count
FROM repos r
LEFT JOIN f USING (repo_id) LEFT JOIN p USING (repo_id) LEFT JOIN o USING (repo_id) LEFT JOIN t USING (repo_id)
LEFT JOIN c USING (repo_id) LEFT JOIN h USING (repo_id)
LEFT JOIN f_flags fl ON fl.repo_id = r.repo_id LEFT JOIN risk_ran rr ON rr.repo_id = r.repo_id
ORDER BY r.repo_id`,
);
