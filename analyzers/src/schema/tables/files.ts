import { bigint, bool, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const files = defineTable({
  name: 'files',
  doc: 'Every entry of the tree of the pinned commit, read from the object database (no checkout), with its measurements. Lines are counted as cloc counts them; complexity totals cover the functions in `functions`.',
  key: ['repo_id', 'path'],
  columns: {
    repo_id: text.required('Repo the file belongs to.'),
    path: text.required('Path from the repository root.'),
    kind: text.required('`file`, `executable`, `symlink` or `submodule`.'),
    mode: text.required('Git file mode (`100644`, `100755`, `120000`, `160000`).'),
    object_id: text.required('Blob id (the commit id for a submodule).'),
    size: bigint.nullable('Blob size in bytes; NULL for submodules and unreadable blobs.'),
    symlink_target: text.nullable('Target of a symlink as stored in the blob; never followed.'),
    language: text.nullable('Language as cloc names it (extension, file name, shebang); NULL when unknown.'),
    is_binary: bool.nullable(
      'True when the blob has a NUL byte in its first 8,000 bytes (git’s rule); NULL when not read.',
    ),
    category: text.nullable(
      '`generated`, `vendored`, `minified`, `test`, `documentation`, `config` or `source` (docs/metrics.md).',
    ),
    code_lines: int.nullable(
      'Lines of code as cloc counts them; NULL for binary, unknown-language or unread files.',
    ),
    comment_lines: int.nullable('Comment lines as cloc counts them.'),
    blank_lines: int.nullable('Blank lines as cloc counts them.'),
    function_count: int.nullable(
      'Functions measured in the file; NULL when its language has no complexity analyzer.',
    ),
    cyclomatic_sum: int.nullable('Sum of the cyclomatic complexity of its functions.'),
    cyclomatic_max: int.nullable('Highest cyclomatic complexity of one of its functions.'),
    cognitive_sum: int.nullable('Sum of the cognitive complexity of its functions.'),
    cognitive_max: int.nullable('Highest cognitive complexity of one of its functions.'),
    longest_function_lines: int.nullable('Code lines of its longest function.'),
    measure_status: text.required(
      '`measured`, `syntax-error` (partial parse), `lines-only` (no analyzer, or over the size limit), `unparseable` (the parser crashed or timed out), `binary`, `not-read` (symlink, submodule, missing blob).',
    ),
  },
});
