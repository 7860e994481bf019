import { people } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const personRow = people;

/** `$status` '' = everyone; `$search` matches name or email. Ordered by the key-people ranking. */
export const listPeopleQuery = defineQuery<
  typeof personRow,
  { repo: string; status: string; search: string; limit: number; offset: number }
>(
  personRow,
  `
SELECT * FROM people
WHERE repo_id = $repo AND ($status = '' OR status = $status)
  AND ($search = '' OR contains(lower(name), lower($search)) OR contains(lower(email), lower($search)))
ORDER BY knowledge_rank, person_id
LIMIT $limit OFFSET $offset`,
);
