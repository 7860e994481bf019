import { double, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const coverageRollup = defineTable({
  name: 'coverage_rollup',
  doc: 'Tests and coverage per directory of the pinned tree, each directory counting everything below it; the row with directory `` (empty) is the whole repo. Only code files count: categories `source` and `test` (and uncategorized files with a language).',
  key: ['repo_id', 'directory'],
  columns: {
    repo_id: text.required('Repo.'),
    directory: text.required('Directory path without a trailing slash; `` for the repo root.'),
    depth: int.required('Number of path segments (0 for the repo root).'),
    source_files: int.required('Code files that are not tests.'),
    test_files: int.required('Test files.'),
    source_code_lines: int.required('Code lines of the source files.'),
    test_code_lines: int.required('Code lines of the test files.'),
    test_to_code_ratio: double.nullable('test_code_lines / source_code_lines; NULL when no source line.'),
    reported_files: int.required('Source files with coverage from a report.'),
    stale_files: int.required('Of those, files whose report is stale.'),
    lines_found: int.required('Sum of lines_found over reported source files.'),
    lines_hit: int.required('Sum of lines_hit over reported source files.'),
    line_coverage: double.nullable('lines_hit / lines_found; NULL when no line was found.'),
    branches_found: int.required('Sum of branches_found over reported source files.'),
    branches_hit: int.required('Sum of branches_hit over reported source files.'),
    functions_found: int.required('Sum of functions_found over reported source files.'),
    functions_hit: int.required('Sum of functions_hit over reported source files.'),
    reached_files: int.required('Source files reached by at least one test file (estimate).'),
    unreached_files: int.required('Source files with neither a report nor a test reaching them.'),
  },
});
