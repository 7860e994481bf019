import { text } from '../column.ts';
import { defineTable } from '../table.ts';

export const commitCoauthors = defineTable({
  name: 'commit_coauthors',
  doc: 'One row per `Co-authored-by:` trailer of a commit, after `.mailmap`.',
  key: ['repo_id', 'sha', 'author_id'],
  columns: {
    repo_id: text.required('Repo the commit belongs to.'),
    sha: text.required('Commit carrying the trailer.'),
    author_id: text.required('Canonical identity of the co-author.'),
    name: text.required('Co-author name after `.mailmap`.'),
    email: text.required('Co-author email after `.mailmap`.'),
    trailer: text.required('The trailer value as written.'),
  },
});
