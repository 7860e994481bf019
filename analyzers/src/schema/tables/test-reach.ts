import { int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const testReach = defineTable({
  name: 'test_reach',
  doc: 'Estimated test reach: which test file reaches which file, through the TS/JS import graph (transitively, shortest distance) or by a language’s naming and folder conventions (docs/metrics.md).',
  key: ['repo_id', 'test_path', 'path'],
  columns: {
    repo_id: text.required('Repo of both files.'),
    test_path: text.required('The test file.'),
    path: text.required('The file it reaches.'),
    method: text.required('`imports` or `naming`.'),
    distance: int.nullable('Import hops from the test file (1 = a direct import); NULL for `naming`.'),
  },
});
