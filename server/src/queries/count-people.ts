import { defineTable, int } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const countRow = defineTable({
  name: 'count',
  doc: 'How many rows match a filter.',
  key: [],
  columns: { total: int.required('Rows that match.') },
});

export const countPeopleQuery = defineQuery<
  typeof countRow,
  { repo: string; status: string; search: string }
>(
  countRow,
  `
SELECT count(*)::INTEGER AS total FROM people
WHERE repo_id = $repo AND ($status = '' OR status = $status)
  AND ($search = '' OR contains(lower(name), lower($search)) OR contains(lower(email), lower($search)))`,
);
