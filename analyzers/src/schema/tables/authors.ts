import { int, text, timestamptz } from '../column.ts';
import { defineTable } from '../table.ts';

export const authors = defineTable({
  name: 'authors',
  doc: 'One row per canonical identity of a repo (authors and co-authors, after `.mailmap`).',
  key: ['repo_id', 'author_id'],
  columns: {
    repo_id: text.required('Repo the identity was seen in.'),
    author_id: text.required('Lower-cased canonical email; `name:<name>` when the email is empty.'),
    name: text.required('The name used on most of their commits.'),
    email: text.required('Canonical email.'),
    commit_count: int.required('Commits authored (co-authored commits not included).'),
    first_commit_at: timestamptz.nullable('Author date of their first commit.'),
    last_commit_at: timestamptz.nullable('Author date of their last commit.'),
  },
});
