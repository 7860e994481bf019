import { double, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const directoryRisk = defineTable({
  name: 'directory_risk',
  doc: 'Risk and code age of the repo and of every directory (each directory counting everything under it), from `file_risk` in the configured window.',
  key: ['repo_id', 'scope'],
  columns: {
    repo_id: text.required('Repo.'),
    scope: text.required('`repo`, or a directory path with a trailing slash (`src/billing/`).'),
    files: int.required('Files of `file_risk` in the scope.'),
    code_lines: int.required('Their code lines.'),
    score: double.required(
      'Line-weighted mean of the files’ `file_risk.score` (each file weighs its code lines, at least 1).',
    ),
    max_score: double.required('The highest `file_risk.score` in the scope.'),
    riskiest_path: text.required('The file with that score (ties: its rank).'),
    window_commits: int.required('Σ of the files’ `window_commits`.'),
    fix_commits: int.required('Σ of the files’ `fix_commits`.'),
    top_hotspots: int.required('Files among the repo’s top 5% hotspots (`hotspots.is_top`).'),
    orphaned_lines: int.required('Code lines of files with no active author.'),
    untested_lines: int.required('Code lines of files no test reaches (coverage factor 1).'),
    age_months: double.nullable(
      'Code age, line-weighted: Σ (lines × age_months) / Σ lines over files with a known age and lines; NULL when none.',
    ),
  },
});
