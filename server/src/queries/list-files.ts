import { files } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const fileRow = files;

/** Files of a repo, filtered by path prefix, language and a path search. */
export const listFilesQuery = defineQuery<
  typeof fileRow,
  { repo: string; prefix: string; language: string; search: string; limit: number; offset: number }
>(
  fileRow,
  `
SELECT * FROM files
WHERE repo_id = $repo AND starts_with(path, $prefix) AND ($language = '' OR language = $language)
  AND ($search = '' OR contains(lower(path), lower($search)))
ORDER BY path LIMIT $limit OFFSET $offset`,
);
