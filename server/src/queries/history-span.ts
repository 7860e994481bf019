import { defineTable, int, text, timestamptz, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const historySpan = defineTable({
  name: 'history_span',
  doc: 'Query result: the history of a repo, or of the repos given taken together (`repo_id` NULL), in a few numbers.',
  key: ['repo_id'],
  columns: {
    repo_id: text.nullable('Repo; NULL for the repos given taken together.'),
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
WITH c AS (
  SELECT c.repo_id, c.authored_at, coalesce(i.kind = 'person', false) AS by_person,
    date_diff('day', c.authored_at, r.head_at) AS age_days
  FROM commits c
  JOIN repos r ON r.repo_id = c.repo_id
  LEFT JOIN identities i ON i.repo_id = c.repo_id AND i.author_id = c.author_id
  WHERE c.${inRepoIds}
),
history AS (
  SELECT repo_id, count(*)::INTEGER AS commits, min(authored_at) AS first_commit_at,
    max(authored_at) AS last_commit_at,
    count(*) FILTER (WHERE by_person AND age_days >= 0 AND age_days < 182)::INTEGER AS commits_last_6_months,
    count(*) FILTER (WHERE by_person AND age_days >= 182 AND age_days < 364)::INTEGER AS commits_previous_6_months
  FROM c GROUP BY GROUPING SETS ((repo_id), ())
),
tree AS (
  SELECT repo_id, count(*)::INTEGER AS files FROM files WHERE ${inRepoIds} GROUP BY GROUPING SETS ((repo_id), ())
)
SELECT h.repo_id, coalesce(t.files, 0)::INTEGER AS files, h.commits, h.first_commit_at, h.last_commit_at,
  h.commits_last_6_months, h.commits_previous_6_months
FROM history h LEFT JOIN tree t ON t.repo_id IS NOT DISTINCT FROM h.repo_id
ORDER BY h.repo_id NULLS FIRST`;

export function readHistorySpans(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof historySpan>[]> {
  return reader.rows(historySpan, historySpanSql, repoIdsParam(repoIds));
}
