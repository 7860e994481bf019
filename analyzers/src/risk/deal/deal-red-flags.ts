import { redFlags, type RowOf } from '../../schema/index.ts';
import type { DealReader } from '../../store/index.ts';
import { redFlagThresholds } from '../red-flags/red-flag-thresholds.ts';

/**
 * The deal-wide red flags (`repo_id` NULL), over every repo's rows: the deal truck factor (read
 * after `openDeal` added it), orphaned code across repos, AI-assisted commits across the repos'
 * configured windows, and every repo being dormant. Computed when the deal is opened, like the
 * deal truck factor, since a repo file cannot know the others.
 */
export const dealRedFlagsSql = `
WITH tf AS (SELECT truck_factor, people FROM truck_factor WHERE scope = 'deal' AND repo_id IS NULL),
names AS (
  SELECT list((SELECT any_value(p.name) FROM people p WHERE p.person_id = tf.people[i]) ORDER BY i) AS names
  FROM tf, range(1, len(tf.people) + 1) AS r(i)
),
orphaned AS (
  SELECT sum(line_count) AS lines, sum(orphaned_lines) AS orphaned FROM orphaned_code WHERE scope = 'repo'
),
ai AS (
  SELECT count(*) AS commits, count(a.sha) AS ai
  FROM commits c JOIN hotspot_summary s ON s.repo_id = c.repo_id AND s.is_configured
  LEFT JOIN ai_assisted_commits a ON a.repo_id = c.repo_id AND a.sha = c.sha
  WHERE NOT c.is_merge AND (s.since IS NULL OR c.authored_at > s.since)
),
dormant AS (
  SELECT (SELECT count(*) FROM repos) AS repos,
    (SELECT count(DISTINCT repo_id) FROM red_flags WHERE code = 'dormant' AND repo_id IS NOT NULL) AS dormant
)
SELECT NULL AS repo_id, 'low-truck-factor' AS code, CASE WHEN tf.truck_factor <= 1 THEN 'high' ELSE 'medium' END AS severity,
  '' AS subject,
  CASE WHEN tf.truck_factor = 0 THEN 'Deal truck factor 0: more than half of the deal''s files have no author already'
    ELSE format('Deal truck factor {}: if {} left, more than half of the deal''s files would have no author',
      tf.truck_factor, array_to_string(coalesce(n.names, []), ' and ')) END AS message,
  tf.truck_factor::DOUBLE AS value, $truck_factor::DOUBLE AS threshold, []::VARCHAR[] AS paths,
  array_to_string(coalesce(n.names, []), ', ') AS evidence
FROM tf LEFT JOIN names n ON true
WHERE tf.truck_factor <= $truck_factor
UNION ALL
SELECT NULL, 'orphaned-code', 'high', '',
  format('{}% of the deal''s code ({} of {} lines) has no active author', round(100 * orphaned / lines)::INTEGER,
    orphaned, lines),
  orphaned / lines, $orphaned_share, [], NULL
FROM orphaned WHERE lines > 0 AND orphaned / lines > $orphaned_share
UNION ALL
SELECT NULL, 'ai-assisted', 'medium', '',
  format('{}% of the deal''s commits in the analysis windows ({} of {}) were written with an AI assistant',
    round(100 * ai / commits)::INTEGER, ai, commits),
  ai / commits, $ai_share, [], NULL
FROM ai WHERE commits > 0 AND ai / commits >= $ai_share
UNION ALL
SELECT NULL, 'dormant', 'medium', '',
  format('None of the deal''s {} repositories has a commit in the {} days before the analysis', repos, $days),
  dormant, repos, [], NULL
FROM dormant WHERE repos > 0 AND dormant = repos
ORDER BY code`;

export async function dealRedFlags(reader: DealReader): Promise<RowOf<typeof redFlags>[]> {
  const t = redFlagThresholds;
  return reader.rows(redFlags, dealRedFlagsSql, {
    truck_factor: t.truckFactor,
    orphaned_share: t.orphanedShare,
    ai_share: t.aiAssistedShare,
    days: t.dormantDays,
  });
}
