import { double, int, text, textList, bool } from '../column.ts';
import { defineTable } from '../table.ts';

export const fileOwnership = defineTable({
  name: 'file_ownership',
  doc: 'One row per authored file at the pinned commit (generated, vendored, minified and documentation files are left out), with its history followed back through renames: creator, main developer, fragmentation, DOA authors, and the weights the key-people ranking uses.',
  key: ['repo_id', 'path'],
  columns: {
    repo_id: text.required('Repo the file belongs to.'),
    path: text.required('Path at the pinned commit.'),
    former_paths: textList.required('Earlier paths of the file, followed back through renames.'),
    lines: int.required('Code lines (`files.code_lines`; 0 when not counted).'),
    revisions: int.required('Non-merge commits that changed the file under any of its paths, bots included.'),
    creator: text.nullable(
      'Person whose commit created the file (first change, renames followed); NULL for a bot.',
    ),
    main_dev: text.nullable(
      'Person who added the most lines (code-maat main-dev; a co-authored commit’s lines are split among its people).',
    ),
    main_dev_added: double.nullable('Lines `main_dev` added.'),
    ownership: double.nullable('`main_dev_added` over all lines people added; NULL when nobody added any.'),
    fragmentation: double.nullable(
      '1 − Σ (person’s revisions / revisions by people)², code-maat’s fragmentation; NULL with no human revision.',
    ),
    contributor_count: int.required('Distinct people who changed the file.'),
    doa_authors: textList.required('People who are DOA authors of the file (`file_authorship.is_author`).'),
    is_orphaned: bool.required(
      'True when none of its DOA authors is an active contributor (or it has none).',
    ),
    changes_last_year: int.required('Commits that changed it in the 365 days before the pinned commit.'),
    fan_in: int.required('Files of the repo that import it (`imports`, TS/JS only).'),
    is_hotspot: bool.required(
      'Among the files changed most in the last year: `changes_last_year` ≥ max(2, its 90th percentile).',
    ),
    is_core: bool.required('Among the most imported files: `fan_in` ≥ max(2, its 90th percentile).'),
    knowledge_weight: double.required('1 + ln(1 + changes_last_year) + ln(1 + fan_in).'),
  },
});
