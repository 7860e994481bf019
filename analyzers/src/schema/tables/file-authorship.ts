import { bool, double, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const fileAuthorship = defineTable({
  name: 'file_authorship',
  doc: 'Degree of Authorship (Avelino et al., ICPC 2016) of every person who created or changed a file of `file_ownership`: DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC).',
  key: ['repo_id', 'path', 'person_id'],
  columns: {
    repo_id: text.required('Repo the file belongs to.'),
    path: text.required('Path at the pinned commit.'),
    person_id: text.required('The person.'),
    is_creator: bool.required('FA: their commit created the file (renames followed back).'),
    changes: int.required('DL: commits of theirs that changed the file after its creation.'),
    others_changes: int.required('AC: commits that changed the file after its creation without them.'),
    lines_added: double.required(
      'Lines they added (a co-authored commit’s lines are split among its people).',
    ),
    doa: double.required('Degree of Authorship.'),
    doa_normalized: double.required('`doa` over the highest `doa` of the file.'),
    is_author: bool.required('`doa_normalized` > 0.75 and `doa` ≥ 3.293.'),
  },
});
