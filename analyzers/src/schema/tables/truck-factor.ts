import { int, text, textList } from '../column.ts';
import { defineTable } from '../table.ts';

export const truckFactor = defineTable({
  name: 'truck_factor',
  doc: 'Truck factor (Avelino et al.’s greedy algorithm over DOA authorship) of a repo and of each of its top-level directories; the deal-wide row is computed when the deal is opened.',
  key: ['repo_id', 'scope'],
  columns: {
    repo_id: text.nullable('Repo; NULL for the deal-wide row.'),
    scope: text.required('`repo`, a top-level directory (`src`), or `deal`.'),
    truck_factor: int.required('People removed before more than half of the files have no author left.'),
    people: textList.required('The people removed, in order (`person_id`s).'),
    file_count: int.required('Files of the scope (authored files of `file_ownership`).'),
  },
});
