import { bool, double, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const fileTestStatus = defineTable({
  name: 'file_test_status',
  doc: 'One row per file (regular or executable) of the pinned tree: is it a test, and how well tested is it — measured from a coverage report when one maps to it, else estimated from the test files that reach it (docs/metrics.md, “Tests and coverage”). A measurement and an estimate are never mixed: `coverage_source` says which one a row carries.',
  key: ['repo_id', 'path'],
  columns: {
    repo_id: text.required('Repo the file belongs to.'),
    path: text.required('Path from the repository root.'),
    is_test: bool.required(
      'True for a test file: `files.category = test` (folders, naming) or a TS/JS file importing a test framework.',
    ),
    coverage_source: text.required(
      '`report` (a coverage report maps to the file), `estimate` (no report, but at least one test file reaches it), `none`.',
    ),
    line_coverage: double.nullable(
      'lines_hit / lines_found of the chosen report (`file_coverage`); NULL unless `coverage_source = report` and the report counted lines.',
    ),
    tested_by: int.required('Test files that reach the file (imports or naming conventions); 0 when none.'),
    test_distance: int.nullable(
      'Shortest import distance from a test file (1 = imported directly by a test); NULL when not reached through imports.',
    ),
    reach_method: text.nullable(
      '`imports` (TS/JS import graph), `naming` (per-language naming and folder conventions), NULL when not reached.',
    ),
    report_source: text.nullable('The report the line coverage comes from (`file_coverage.source`).'),
    is_stale: bool.nullable(
      'True when that report is older than the last change of the file; NULL without a report.',
    ),
    language: text.nullable('Language of the file (`files.language`).'),
    category: text.nullable('Category of the file (`files.category`).'),
    code_lines: int.nullable('Lines of code (`files.code_lines`).'),
  },
});
