import { bool, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const imports = defineTable({
  name: 'imports',
  doc: 'The module import graph of TS/JS code at the pinned commit: each import, re-export, `require` or dynamic `import()` with a literal specifier, resolved as TypeScript would (tsconfig `paths`/`baseUrl`, package `exports`), without running anything.',
  key: ['repo_id', 'path', 'line', 'specifier'],
  columns: {
    repo_id: text.required('Repo the importing file belongs to.'),
    path: text.required('The importing file.'),
    line: int.required('1-based line of the import.'),
    specifier: text.required('The module specifier as written.'),
    target_kind: text.required(
      '`file` (a file of this repo), `package` (an external package), `builtin` (a Node built-in), `unresolved`.',
    ),
    target_path: text.nullable('The resolved file of this repo, for `file`.'),
    package_name: text.nullable('The package, for `package` (`@scope/name` or `name`).'),
    is_type_only: bool.required('True for `import type` / `export type`: no run-time dependency.'),
  },
});
