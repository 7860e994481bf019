import { fileRisk, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

/**
 * The risk of authored source files across the repos given, riskiest first (ties: the repo's own
 * rank, then repo). Tests and configuration keep their scores in `file_risk`, but a top-risks list
 * that a leader reads names the product's code.
 */
export const rankedFileRisksSql = `
SELECT r.* FROM file_risk r JOIN files f USING (repo_id, path)
WHERE f.category = 'source' AND r.${inRepoIds}
ORDER BY r.score DESC, r.rank, r.repo_id
LIMIT $limit`;

export function readRankedFileRisks(
  reader: DealReader,
  repoIds: readonly string[],
  limit: number,
): Promise<RowOf<typeof fileRisk>[]> {
  return reader.rows(fileRisk, rankedFileRisksSql, { ...repoIdsParam(repoIds), limit });
}
