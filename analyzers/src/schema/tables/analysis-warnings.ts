import { text } from '../column.ts';
import { defineTable } from '../table.ts';

export const analysisWarnings = defineTable({
  name: 'analysis_warnings',
  doc: 'Everything skipped or odd during the analysis, with the reason.',
  key: ['repo_id', 'kind', 'sha', 'path'],
  columns: {
    repo_id: text.required('Repo the warning is about.'),
    kind: text.required('What happened, e.g. `shallow-history`, `missing-object`, `malformed-author`.'),
    sha: text.nullable('Commit involved, when there is one.'),
    path: text.nullable('File involved, when there is one.'),
    message: text.required('One line a person can act on.'),
  },
});
