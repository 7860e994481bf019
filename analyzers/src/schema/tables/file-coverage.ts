import { bool, double, int, text, timestamptz } from '../column.ts';
import { defineTable } from '../table.ts';

export const fileCoverage = defineTable({
  name: 'file_coverage',
  doc: 'Measured coverage: one row per file of the pinned tree per coverage report that maps to it, with the totals the report’s own tool states for that file (docs/metrics.md, “Tests and coverage”). Counts are NULL where the format does not record that measure.',
  key: ['repo_id', 'path', 'source'],
  columns: {
    repo_id: text.required('Repo the file belongs to.'),
    path: text.required('Repo path the report path maps to (longest-suffix matching).'),
    source: text.required(
      'The report: its repo path when committed, the file name as given for `--coverage`.',
    ),
    origin: text.required('`committed` (found in the tree) or `cli` (`--coverage FILE`).'),
    format: text.required(
      '`lcov`, `cobertura`, `jacoco`, `clover`, `istanbul-final`, `istanbul-summary` or `go-cover`.',
    ),
    report_path: text.required('The path as the report writes it.'),
    lines_found: int.nullable('Instrumented lines.'),
    lines_hit: int.nullable('Instrumented lines executed at least once.'),
    branches_found: int.nullable('Branches (branch outcomes) instrumented.'),
    branches_hit: int.nullable('Branches taken at least once.'),
    functions_found: int.nullable('Functions (methods) instrumented.'),
    functions_hit: int.nullable('Functions entered at least once.'),
    statements_found: int.nullable('Statements instrumented (formats that count statements).'),
    statements_hit: int.nullable('Statements executed at least once.'),
    line_coverage: double.nullable('lines_hit / lines_found; NULL when no line was found.'),
    report_time: timestamptz.nullable(
      'When the report was made: the commit time of the last commit that changed a committed report; the file’s modification time (or the time given) for `--coverage`.',
    ),
    file_changed_at: timestamptz.nullable('Commit time of the last commit that changed the file.'),
    is_stale: bool.required('True when the report is older than the last change of the file.'),
  },
});
