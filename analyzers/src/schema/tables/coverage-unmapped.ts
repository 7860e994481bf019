import { int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const coverageUnmapped = defineTable({
  name: 'coverage_unmapped',
  doc: 'Report paths that map to no file of the pinned tree, or to several equally well: their coverage is not counted anywhere.',
  key: ['repo_id', 'source', 'report_path'],
  columns: {
    repo_id: text.required('Repo the report was read for.'),
    source: text.required('The report (see `coverage_reports.source`).'),
    report_path: text.required('The path as the report writes it.'),
    reason: text.required(
      '`not-in-tree` (no file ends with it) or `ambiguous` (several files match equally well).',
    ),
    candidates: int.required('Files of the tree matching equally well (0 for `not-in-tree`).'),
    lines_found: int.nullable('Instrumented lines the report gives the path.'),
    lines_hit: int.nullable('Lines hit the report gives the path.'),
  },
});
