import { fileRisk, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

/** Every file's risk across the repos given, riskiest first (ties: the repo's own rank, then repo). */
export const rankedFileRisksSql = `
SELECT * FROM file_risk WHERE ${inRepoIds}
ORDER BY score DESC, rank, repo_id
LIMIT $limit`;

export function readRankedFileRisks(
  reader: DealReader,
  repoIds: readonly string[],
  limit: number,
): Promise<RowOf<typeof fileRisk>[]> {
  return reader.rows(fileRisk, rankedFileRisksSql, { ...repoIdsParam(repoIds), limit });
}
