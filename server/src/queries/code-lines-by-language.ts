import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const languageSize = defineTable({
  name: 'language_size',
  doc: 'Query result: files and code lines of one language, generated, vendored and minified files left out.',
  key: ['language'],
  columns: {
    language: text.required('Language as cloc names it.'),
    files: int.required('Files of that language.'),
    code_lines: int.required('Their code lines.'),
  },
});

export const codeLinesByLanguageSql = `
SELECT language, count(*)::INTEGER AS files, sum(code_lines)::INTEGER AS code_lines
FROM files
WHERE ${inRepoIds} AND language IS NOT NULL AND code_lines IS NOT NULL
  AND coalesce(category, '') NOT IN ('generated', 'vendored', 'minified')
GROUP BY language
ORDER BY code_lines DESC, language`;

export function readCodeLinesByLanguage(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof languageSize>[]> {
  return reader.rows(languageSize, codeLinesByLanguageSql, repoIdsParam(repoIds));
}
