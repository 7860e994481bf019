import { text, textList } from '../column.ts';
import { defineTable } from '../table.ts';

export const aiAssistedCommits = defineTable({
  name: 'ai_assisted_commits',
  doc: 'Commits authored or co-authored (`Co-authored-by`) by an AI coding assistant.',
  key: ['repo_id', 'sha'],
  columns: {
    repo_id: text.required('Repo the commit belongs to.'),
    sha: text.required('The commit.'),
    assistants: textList.required('The assistants credited (`Claude`, `GitHub Copilot`, ...), sorted.'),
  },
});
