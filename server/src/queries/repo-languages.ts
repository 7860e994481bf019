import { authoredCode } from './authored-code.ts';
import { defineTable, int, text } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const repoLanguageRow = defineTable({
  name: 'repo_language',
  doc: 'Code size of a repo by language; generated, vendored and minified files left out.',
  key: ['repo_id', 'language'],
  columns: {
    repo_id: text.required('Repo.'),
    language: text.required('Language as cloc names it.'),
    files: int.required('Files in that language.'),
    code_lines: int.required('Their lines of code.'),
  },
});

export const repoLanguagesQuery = defineQuery<typeof repoLanguageRow, Record<string, never>>(
  repoLanguageRow,
  `
SELECT repo_id, language, count(*)::INTEGER AS files, sum(code_lines)::INTEGER AS code_lines
FROM files WHERE language IS NOT NULL AND code_lines > 0 AND ${authoredCode}
GROUP BY ALL ORDER BY repo_id, code_lines DESC, language`,
);
