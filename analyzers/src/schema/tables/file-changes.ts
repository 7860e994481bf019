import { bool, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const fileChanges = defineTable({
  name: 'file_changes',
  doc: 'For every non-merge commit, exactly the rows plain `git log --numstat` prints for it (git’s default rename detection).',
  key: ['repo_id', 'sha', 'path'],
  columns: {
    repo_id: text.required('Repo the commit belongs to.'),
    sha: text.required('Commit id (never a merge).'),
    path: text.required('Path after the change.'),
    old_path: text.nullable('Path before the change when git detected a rename; else NULL.'),
    added: int.nullable('Lines added; NULL for binary files or when the blob could not be read.'),
    deleted: int.nullable('Lines deleted; NULL for binary files or when the blob could not be read.'),
    is_binary: bool.required(
      'True when git reports the change as binary (`-` `-`). Not `binary`: a reserved word in DuckDB.',
    ),
  },
});
