import { people, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const peopleRowsSql = `SELECT * FROM people WHERE ${inRepoIds} ORDER BY repo_id, knowledge_rank`;

/** The people of some repos, each repo's best-informed first. */
export function readPeopleRows(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof people>[]> {
  return reader.rows(people, peopleRowsSql, repoIdsParam(repoIds));
}
