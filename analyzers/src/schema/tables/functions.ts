import { int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const functions = defineTable({
  name: 'functions',
  doc: 'Every function of every measured file at the pinned commit (docs/metrics.md: how each language counts).',
  key: ['repo_id', 'path', 'start_line', 'start_column'],
  columns: {
    repo_id: text.required('Repo the file belongs to.'),
    path: text.required('File the function is in.'),
    name: text.required(
      'Qualified name: `Class.method`, `object.property`, `outer/inner`, `<anonymous@LINE>`.',
    ),
    kind: text.required('`function`, `method`, `arrow`, `getter`, `setter`, `constructor`, `lambda`, ...'),
    start_line: int.required('1-based line of the start of the function node.'),
    start_column: int.required('1-based column of the start of the function node.'),
    end_line: int.required('1-based last line of the function node.'),
    params: int.required('Number of parameters.'),
    code_lines: int.required('Lines of code (as cloc counts them) from its first to its last line.'),
    cyclomatic: int.required('Cyclomatic complexity (ESLint `complexity` for TS/JS, lizard for the others).'),
    cognitive: int.required(
      'Cognitive complexity (eslint-plugin-sonarjs for TS/JS, the SonarSource specification for the others).',
    ),
  },
});
