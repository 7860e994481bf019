import { bool, defineTable, double, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const fileFacts = defineTable({
  name: 'file_facts',
  doc: 'Query result: one file of the pinned tree with its measurements and, when authored, its ownership.',
  key: ['repo_id', 'path'],
  columns: {
    repo_id: text.required('Repo.'),
    path: text.required('Path.'),
    language: text.nullable('Language.'),
    category: text.nullable('Category.'),
    code_lines: int.nullable('Code lines.'),
    cyclomatic_max: int.nullable('Highest cyclomatic complexity of a function.'),
    cognitive_max: int.nullable('Highest cognitive complexity of a function.'),
    measure_status: text.required('How it was measured.'),
    revisions: int.nullable('Non-merge commits that changed it (authored files only).'),
    changes_last_year: int.nullable('Commits that changed it in the last year.'),
    main_dev: text.nullable('Name of the person who added the most lines.'),
    authors: int.nullable('DOA authors.'),
    is_hotspot: bool.nullable('Hotspot.'),
    is_orphaned: bool.nullable('No active author left.'),
    risk_score: double.nullable('`file_risk.score`; NULL for files it leaves out.'),
    risk_rank: int.nullable('`file_risk.rank` in its repo.'),
  },
});

export const fileFactsSql = `
SELECT f.repo_id, f.path, f.language, f.category, f.code_lines, f.cyclomatic_max, f.cognitive_max,
  f.measure_status, o.revisions, o.changes_last_year,
  (SELECT p.name FROM people p WHERE p.repo_id = o.repo_id AND p.person_id = o.main_dev) AS main_dev,
  len(o.doa_authors)::INTEGER AS authors, o.is_hotspot, o.is_orphaned, r.score AS risk_score,
  r.rank AS risk_rank
FROM files f LEFT JOIN file_ownership o ON o.repo_id = f.repo_id AND o.path = f.path
LEFT JOIN file_risk r ON r.repo_id = f.repo_id AND r.path = f.path
WHERE f.${inRepoIds}
ORDER BY f.repo_id, f.path`;

export function readFileFacts(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof fileFacts>[]> {
  return reader.rows(fileFacts, fileFactsSql, repoIdsParam(repoIds));
}
