import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const contributorCounts = defineTable({
  name: 'contributor_counts',
  doc: 'Query result: people of a repo, or of the repos given taken together (`repo_id` NULL), one person per `person_id`.',
  key: ['repo_id'],
  columns: {
    repo_id: text.nullable('Repo; NULL for the repos given taken together.'),
    people: int.required('Distinct people.'),
    active: int.required('People active in at least one of the repos.'),
    active_last_90_days: int.required('People with a commit in the 90 days before a pinned commit.'),
  },
});

export const contributorCountsSql = `
WITH person AS (
  SELECT repo_id, person_id, bool_or(status = 'active') AS active, max(commits_last_90_days) > 0 AS recent
  FROM people WHERE ${inRepoIds} GROUP BY GROUPING SETS ((repo_id, person_id), (person_id))
)
SELECT repo_id, count(*)::INTEGER AS people, count(*) FILTER (WHERE active)::INTEGER AS active,
  count(*) FILTER (WHERE recent)::INTEGER AS active_last_90_days
FROM person GROUP BY repo_id ORDER BY repo_id NULLS FIRST`;

export function readContributorCounts(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof contributorCounts>[]> {
  return reader.rows(contributorCounts, contributorCountsSql, repoIdsParam(repoIds));
}
