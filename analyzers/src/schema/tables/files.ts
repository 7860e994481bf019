import { bigint, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const files = defineTable({
  name: 'files',
  doc: 'Every entry of the tree of the pinned commit, read from the object database (no checkout).',
  key: ['repo_id', 'path'],
  columns: {
    repo_id: text.required('Repo the file belongs to.'),
    path: text.required('Path from the repository root.'),
    kind: text.required('`file`, `executable`, `symlink` or `submodule`.'),
    mode: text.required('Git file mode (`100644`, `100755`, `120000`, `160000`).'),
    object_id: text.required('Blob id (the commit id for a submodule).'),
    size: bigint.nullable('Blob size in bytes; NULL for submodules.'),
    symlink_target: text.nullable('Target of a symlink as stored in the blob; never followed.'),
  },
});
