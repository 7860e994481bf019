import { bool, int, text, textList, timestamptz } from '../column.ts';
import { defineTable } from '../table.ts';

export const commits = defineTable({
  name: 'commits',
  doc: 'Every commit reachable from the pinned commit. Names and emails are after `.mailmap` (as `%aN`/`%aE`); the raw values are kept beside them.',
  key: ['repo_id', 'sha'],
  columns: {
    repo_id: text.required('Repo the commit belongs to.'),
    sha: text.required('Full commit id.'),
    parents: textList.required('Parent commit ids, first parent first.'),
    is_merge: bool.required('True when the commit has more than one parent.'),
    author_id: text.required('Canonical identity of the author (see `authors`).'),
    author_name: text.required('Author name after `.mailmap`.'),
    author_email: text.required('Author email after `.mailmap`.'),
    author_name_raw: text.required('Author name as recorded in the commit.'),
    author_email_raw: text.required('Author email as recorded in the commit.'),
    authored_at: timestamptz.nullable('Author date; NULL when the commit carries no parseable date.'),
    author_tz_offset: int.nullable('Author time-zone offset in minutes east of UTC.'),
    committer_name: text.required('Committer name after `.mailmap`.'),
    committer_email: text.required('Committer email after `.mailmap`.'),
    committer_name_raw: text.required('Committer name as recorded in the commit.'),
    committer_email_raw: text.required('Committer email as recorded in the commit.'),
    committed_at: timestamptz.nullable('Committer date; NULL when unparseable.'),
    committer_tz_offset: int.nullable('Committer time-zone offset in minutes east of UTC.'),
    subject: text.required('First line of the message.'),
    body: text.required('The rest of the message (trailers included), trimmed.'),
  },
});
