import { defineTable, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const personStatus = defineTable({
  name: 'person_status',
  doc: 'Query result: each person of some repos once, with a name and a status across them.',
  key: ['person_id'],
  columns: {
    person_id: text.required('The person.'),
    name: text.required('Their name where they know the most.'),
    status: text.required('`active` when active in at least one of the repos, else `former`.'),
  },
});

export const personStatusSql = `
SELECT person_id, arg_max(name, knowledge) AS name,
  CASE WHEN bool_or(status = 'active') THEN 'active' ELSE 'former' END AS status
FROM people WHERE ${inRepoIds}
GROUP BY person_id ORDER BY person_id`;

export function readPersonStatus(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof personStatus>[]> {
  return reader.rows(personStatus, personStatusSql, repoIdsParam(repoIds));
}
