import { authoredCode } from './authored-code.ts';
import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const languageSize = defineTable({
  name: 'language_size',
  doc: 'Query result: files and code lines of one language in a repo, or across the repos given (`repo_id` NULL); generated, vendored and minified files left out.',
  key: ['repo_id', 'language'],
  columns: {
    repo_id: text.nullable('Repo; NULL for the repos given taken together.'),
    language: text.required('Language as cloc names it.'),
    files: int.required('Files of that language.'),
    code_lines: int.required('Their code lines.'),
  },
});

export const codeLinesByLanguageSql = `
SELECT repo_id, language, count(*)::INTEGER AS files, sum(code_lines)::INTEGER AS code_lines
FROM files
WHERE ${inRepoIds} AND language IS NOT NULL AND code_lines IS NOT NULL
  AND ${authoredCode}
GROUP BY GROUPING SETS ((repo_id, language), (language))
ORDER BY repo_id NULLS FIRST, code_lines DESC, language`;

export function readCodeLinesByLanguage(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof languageSize>[]> {
  return reader.rows(languageSize, codeLinesByLanguageSql, repoIdsParam(repoIds));
}
