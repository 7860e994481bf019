import { int, text, timestamptz } from '../column.ts';
import { defineTable } from '../table.ts';

export const coverageReports = defineTable({
  name: 'coverage_reports',
  doc: 'Every coverage report read (committed in the tree or given with `--coverage`), with what came of it.',
  key: ['repo_id', 'source'],
  columns: {
    repo_id: text.required('Repo the report was read for.'),
    source: text.required('Its repo path when committed, the file name as given for `--coverage`.'),
    origin: text.required('`committed` or `cli`.'),
    format: text.nullable('Format recognised; NULL when none was.'),
    report_time: timestamptz.nullable('When the report was made (see `file_coverage.report_time`).'),
    status: text.required(
      '`parsed`, `truncated` (ended early: files before the break are kept), `malformed` (a syntax error: files before it are kept), `unknown-format`, `too-large`, `unreadable`.',
    ),
    message: text.nullable('What went wrong, for any status but `parsed`.'),
    report_files: int.required('Files the report describes (complete entries only).'),
    mapped_files: int.required('Of those, files mapped to a path of the pinned tree.'),
    unmapped_files: int.required('Of those, files not mapped (see `coverage_unmapped`).'),
  },
});
