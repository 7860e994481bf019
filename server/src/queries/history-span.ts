import { defineTable, int, timestamptz, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const historySpan = defineTable({
  name: 'history_span',
  doc: 'Query result: the history of some repos in a few numbers.',
  key: [],
  columns: {
    files: int.required('Entries of the trees of the pinned commits.'),
    commits: int.required('Commits reachable from the pinned commits.'),
    first_commit_at: timestamptz.nullable('Earliest author date.'),
    last_commit_at: timestamptz.nullable('Latest author date.'),
    commits_last_6_months: int.required(
      'Commits by people in the 182 days before their repo’s pinned commit.',
    ),
    commits_previous_6_months: int.required('Commits by people in the 182 days before those.'),
  },
});

/** Windows are counted back from each repo's pinned commit, so an old snapshot is not "dormant" today. */
export const historySpanSql = `
WITH by_person AS (
  SELECT c.repo_id, c.authored_at, date_diff('day', c.authored_at, r.head_at) AS age_days
  FROM commits c
  JOIN repos r USING (repo_id)
  JOIN identities i ON i.repo_id = c.repo_id AND i.author_id = c.author_id AND i.kind = 'person'
  WHERE c.${inRepoIds}
)
SELECT
  (SELECT count(*) FROM files WHERE ${inRepoIds})::INTEGER AS files,
  (SELECT count(*) FROM commits WHERE ${inRepoIds})::INTEGER AS commits,
  (SELECT min(authored_at) FROM commits WHERE ${inRepoIds}) AS first_commit_at,
  (SELECT max(authored_at) FROM commits WHERE ${inRepoIds}) AS last_commit_at,
  count(*) FILTER (WHERE age_days >= 0 AND age_days < 182)::INTEGER AS commits_last_6_months,
  count(*) FILTER (WHERE age_days >= 182 AND age_days < 364)::INTEGER AS commits_previous_6_months
FROM by_person`;

export async function readHistorySpan(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof historySpan> | undefined> {
  return (await reader.rows(historySpan, historySpanSql, repoIdsParam(repoIds)))[0];
}
