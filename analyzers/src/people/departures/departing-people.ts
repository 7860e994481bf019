import { defineTable, text, type RowOf } from '../../schema/index.ts';
import { queryRows, type SqlSource } from '../sql-source.ts';
import { inRepoIds, repoIdsParam } from '../truck-factor/repo-ids-param.ts';

export const departingPerson = defineTable({
  name: 'departing_person',
  doc: 'Query result: a person of a repo one of the given emails belongs to.',
  key: ['repo_id', 'person_id', 'email'],
  columns: {
    repo_id: text.required('Repo.'),
    person_id: text.required('The person.'),
    person_name: text.required('Their name.'),
    email: text.required('The email given, lower-cased.'),
  },
});

export type DepartingPerson = RowOf<typeof departingPerson>;

/** An email names a person when it is one of their identities or their person email. */
export const departingPeopleSql = `
WITH given AS (SELECT DISTINCT lower(trim(unnest(from_json($emails, '["VARCHAR"]')))) AS email)
SELECT DISTINCT i.repo_id, i.person_id, i.person_name, g.email
FROM identities i JOIN given g ON g.email = i.author_id OR g.email = lower(i.person_email)
WHERE i.kind = 'person' AND i.${inRepoIds}
ORDER BY ALL`;

export function readDepartingPeople(
  source: SqlSource,
  repoIds: readonly string[],
  emails: readonly string[],
): Promise<DepartingPerson[]> {
  return queryRows(source, departingPerson, departingPeopleSql, {
    repo_ids: repoIdsParam(repoIds),
    emails: JSON.stringify(emails),
  });
}
