import { defineTable, double, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const knowledgeConcentration = defineTable({
  name: 'knowledge_concentration',
  doc: 'Query result: how much of a repo’s knowledge its best-informed people hold.',
  key: ['repo_id'],
  columns: {
    repo_id: text.required('Repo.'),
    people: int.required('People of the repo.'),
    top1_share: double.required('`knowledge_share` of the person ranked 1.'),
    top3_share: double.required('Σ `knowledge_share` of the people ranked 1 to 3.'),
  },
});

export const knowledgeConcentrationSql = `
SELECT repo_id, count(*)::INTEGER AS people,
  coalesce(sum(knowledge_share) FILTER (WHERE knowledge_rank = 1), 0) AS top1_share,
  coalesce(sum(knowledge_share) FILTER (WHERE knowledge_rank <= 3), 0) AS top3_share
FROM people WHERE ${inRepoIds}
GROUP BY repo_id ORDER BY repo_id`;

export function readKnowledgeConcentration(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof knowledgeConcentration>[]> {
  return reader.rows(knowledgeConcentration, knowledgeConcentrationSql, repoIdsParam(repoIds));
}
