import { defineQuery } from './define-query.ts';
import { countRow } from './count-people.ts';

export const countFilesQuery = defineQuery<
  typeof countRow,
  { repo: string; prefix: string; language: string; search: string }
>(
  countRow,
  `
SELECT count(*)::INTEGER AS total FROM files
WHERE repo_id = $repo AND starts_with(path, $prefix) AND ($language = '' OR language = $language)
  AND ($search = '' OR contains(lower(path), lower($search)))`,
);
