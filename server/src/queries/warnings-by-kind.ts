import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const warningKind = defineTable({
  name: 'warning_kind',
  doc: 'Query result: data-quality problems of a repo by kind: analysis warnings, and files measured only in part.',
  key: ['repo_id', 'kind'],
  columns: {
    repo_id: text.required('Repo.'),
    kind: text.required(
      '`analysis_warnings.kind`, `file-<measure_status>` for files not fully measured, `coverage-<reason>` for report paths matching no file.',
    ),
    count: int.required('How many.'),
    example: text.required('One message (or path), the first in order.'),
  },
});

export const warningsByKindSql = `
SELECT repo_id, kind, count(*)::INTEGER AS count, min(message) AS example
FROM analysis_warnings WHERE ${inRepoIds} GROUP BY repo_id, kind
UNION ALL
SELECT repo_id, 'file-' || measure_status, count(*)::INTEGER, min(path)
FROM files WHERE ${inRepoIds} AND measure_status IN ('syntax-error', 'unparseable')
GROUP BY repo_id, measure_status
UNION ALL
SELECT repo_id, 'coverage-' || reason, count(*)::INTEGER, min(source || ': ' || report_path)
FROM coverage_unmapped WHERE ${inRepoIds} GROUP BY repo_id, reason
ORDER BY repo_id, kind`;

export function readWarningsByKind(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof warningKind>[]> {
  return reader.rows(warningKind, warningsByKindSql, repoIdsParam(repoIds));
}
