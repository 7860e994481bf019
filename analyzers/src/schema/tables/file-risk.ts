import { bool, double, int, text, timestamptz } from '../column.ts';
import { defineTable } from '../table.ts';

export const fileRisk = defineTable({
  name: 'file_risk',
  doc: 'Risk of every file the people metrics look at: hotspot, complexity, test coverage and knowledge concentration, each as a factor from 0 (no concern) to 1, combined into a score, with the raw numbers beside them and a sentence saying why (docs/metrics.md, “Risk”). Uses the configured time window.',
  key: ['repo_id', 'path'],
  columns: {
    repo_id: text.required('Repo the file belongs to.'),
    path: text.required('Path at the pinned commit.'),
    time_window: text.required('The configured window (`diligent analyze --window`, default `1y`).'),
    code_lines: int.required('Code lines (0 when not counted).'),
    complexity: int.required('As `hotspots.complexity`: cyclomatic sum, or code lines with no analyzer.'),
    complexity_source: text.required('`cyclomatic` or `lines`.'),
    cyclomatic_max: int.nullable('Highest cyclomatic complexity of one of its functions.'),
    cognitive_sum: int.nullable('Sum of the cognitive complexity of its functions.'),
    window_commits: int.required('Non-merge commits that changed it in the window (renames followed).'),
    fix_commits: int.required('Of those, defect fixes.'),
    fix_share: double.nullable('`fix_commits` / `window_commits`; NULL when it did not change.'),
    hotspot_score: double.required('`hotspots.score` in the window; 0 when it did not change.'),
    is_top_hotspot: bool.required('Among the repo’s top 5% hotspots in the window (`hotspots.is_top`).'),
    last_changed_at: timestamptz.nullable('Author date of its last change (renames followed).'),
    age_months: int.nullable('Code age: whole months from `last_changed_at` to the pinned commit.'),
    authors: int.required('Its DOA authors (`file_ownership.doa_authors`).'),
    active_authors: int.required('Of those, people still active.'),
    is_orphaned: bool.required('No active DOA author (`file_ownership.is_orphaned`).'),
    main_author: text.nullable('Name of its strongest DOA author.'),
    is_test: bool.nullable('True for a test file (`file_test_status`); NULL without test data.'),
    coverage_basis: text.nullable(
      '`measured` (a coverage report), `estimated` (from the test files that reach it), or NULL: no test data for the file.',
    ),
    line_coverage: double.nullable('Line coverage from a report (`file_test_status.line_coverage`).'),
    tested_by: int.nullable('Test files that reach it (`file_test_status.tested_by`).'),
    test_distance: int.nullable('Shortest import distance from a test (`file_test_status.test_distance`).'),
    hotspot_factor: double.required(
      'ln(1 + commits × complexity) / ln(1 + the repo’s highest), a lines-only file’s lines counted at the repo’s cyclomatic per line; 0 to 1.',
    ),
    complexity_factor: double.required(
      'ln(1 + complexity) / ln(1 + the repo’s highest), lines-only files as for `hotspot_factor`; 0 to 1.',
    ),
    coverage_factor: double.nullable(
      '1 − line coverage (measured), else 0.25 / 0.5 / 0.75 / 1 by how far the nearest test is (estimated); 0 for tests and configuration; NULL when unknown (no test data, or a file without a complexity analyzer that no test reaches).',
    ),
    knowledge_factor: double.required('1 with no active author, 0.5 with one, 0.25 with two, 0 with more.'),
    score: double.required(
      '100 × weighted mean of the factors (hotspot 0.4, complexity, coverage and knowledge 0.2 each; a NULL factor is left out and the weights renormalised).',
    ),
    rank: int.required('1 for the riskiest file of the repo (ties: higher hotspot, then path).'),
    explanation: text.required('One sentence a reader can repeat: changes, complexity, who knows it, tests.'),
  },
});
