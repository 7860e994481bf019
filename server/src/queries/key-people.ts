import {
  defineTable,
  double,
  int,
  text,
  textList,
  timestamptz,
  type RowOf,
} from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const keyPerson = defineTable({
  name: 'key_person',
  doc: 'Query result: a person of some repos (one per `person_id`), ranked by knowledge summed over them.',
  key: ['person_id'],
  columns: {
    person_id: text.required('The person.'),
    name: text.required('Their name where they know the most.'),
    email: text.required('Their email where they know the most.'),
    status: text.required('`active` when active in at least one of the repos, else `former`.'),
    repos: textList.required('Repos they authored files of.'),
    knowledge: double.required('Σ `people.knowledge`.'),
    files_authored: int.required('Σ `people.files_authored`.'),
    hotspot_files_authored: int.required('Σ `people.hotspot_files_authored`.'),
    last_commit_at: timestamptz.nullable('Their latest commit.'),
  },
});

export const keyPeopleSql = `
SELECT person_id, arg_max(name, knowledge) AS name, arg_max(email, knowledge) AS email,
  CASE WHEN bool_or(status = 'active') THEN 'active' ELSE 'former' END AS status,
  list_sort(list(repo_id)) AS repos, sum(knowledge) AS knowledge,
  sum(files_authored)::INTEGER AS files_authored, sum(hotspot_files_authored)::INTEGER AS hotspot_files_authored,
  max(last_commit_at) AS last_commit_at
FROM people WHERE ${inRepoIds}
GROUP BY person_id
ORDER BY knowledge DESC, files_authored DESC, person_id`;

export function readKeyPeople(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof keyPerson>[]> {
  return reader.rows(keyPerson, keyPeopleSql, repoIdsParam(repoIds));
}
