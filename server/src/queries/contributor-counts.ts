import { defineTable, int, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const contributorCounts = defineTable({
  name: 'contributor_counts',
  doc: 'Query result: people of some repos, one person per `person_id` across them.',
  key: [],
  columns: {
    people: int.required('Distinct people.'),
    active: int.required('People active in at least one of the repos.'),
    active_last_90_days: int.required('People with a commit in the 90 days before a pinned commit.'),
  },
});

export const contributorCountsSql = `
WITH person AS (
  SELECT person_id, bool_or(status = 'active') AS active, max(commits_last_90_days) > 0 AS recent
  FROM people WHERE ${inRepoIds} GROUP BY person_id
)
SELECT count(*)::INTEGER AS people, count(*) FILTER (WHERE active)::INTEGER AS active,
  count(*) FILTER (WHERE recent)::INTEGER AS active_last_90_days
FROM person`;

export async function readContributorCounts(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof contributorCounts>> {
  const [row] = await reader.rows(contributorCounts, contributorCountsSql, repoIdsParam(repoIds));
  return row ?? { people: 0, active: 0, active_last_90_days: 0 };
}
