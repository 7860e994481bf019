import { defineTable, text, type RowOf } from '../../schema/index.ts';
import { queryRows, type SqlSource } from '../sql-source.ts';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const dealIdentity = defineTable({
  name: 'deal_identity',
  doc: 'Query result: an identity of a person of one repo.',
  key: ['repo_id', 'person_id', 'author_id'],
  columns: {
    repo_id: text.required('Repo.'),
    person_id: text.required('The person in that repo.'),
    person_name: text.required('Their name.'),
    author_id: text.required('One of their identities.'),
  },
});

export type DealIdentity = RowOf<typeof dealIdentity>;

export const dealIdentitiesSql = `
SELECT DISTINCT repo_id, person_id, person_name, author_id FROM identities
WHERE kind = 'person' AND ${inRepoIds}
ORDER BY ALL`;

export function readDealIdentities(source: SqlSource, repoIds: readonly string[]): Promise<DealIdentity[]> {
  return queryRows(source, dealIdentity, dealIdentitiesSql, { repo_ids: repoIdsParam(repoIds) });
}
