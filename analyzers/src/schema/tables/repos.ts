import { bool, int, text, timestamptz } from '../column.ts';
import { defineTable } from '../table.ts';

export const repos = defineTable({
  name: 'repos',
  doc: 'One row per analyzed repository: where it came from and the exact commit analyzed.',
  key: ['repo_id'],
  columns: {
    repo_id: text.required('Stable id of the repo within the deal (a slug of its name).'),
    name: text.required('Display name (`--name`, else the folder or URL basename).'),
    source: text.required('Where the repo was read from; URLs never carry credentials.'),
    source_kind: text.required('`worktree`, `bare` or `url`.'),
    requested_rev: text.required('What was asked for: `HEAD`, the `--rev` value, or `until:<date>`.'),
    head_sha: text.required('The pinned commit: every other row describes history reachable from it.'),
    head_at: timestamptz.required('Committer date of the pinned commit.'),
    analyzed_at: timestamptz.required('When the analysis ran.'),
    commit_count: int.required('Commits reachable from the pinned commit (merges included).'),
    is_shallow: bool.required('True when the repository is a shallow clone: history is truncated.'),
    miner: text.required('`git` (the git binary) or `isomorphic-git` (no git binary found).'),
    tool_version: text.required('Diligent version that wrote this row.'),
    warning_count: int.required('Rows in `analysis_warnings` for this repo.'),
  },
});
