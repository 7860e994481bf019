import { double, int, text, timestamptz } from '../column.ts';
import { defineTable } from '../table.ts';

export const people = defineTable({
  name: 'people',
  doc: 'One row per person of a repo (aliases merged, bots and AI assistants left out): activity, status and what they know, ranked by knowledge rather than by commit volume.',
  key: ['repo_id', 'person_id'],
  columns: {
    repo_id: text.required('Repo the person contributed to.'),
    person_id: text.required('The person (`identities.person_id`).'),
    name: text.required('Display name.'),
    email: text.required('Email of the `person_id` identity.'),
    identity_count: int.required('Identities merged into this person.'),
    commit_count: int.required('Commits authored, merges included.'),
    coauthored_commit_count: int.required('Commits of others crediting them in a `Co-authored-by` trailer.'),
    first_commit_at: timestamptz.nullable('First commit authored or co-authored.'),
    last_commit_at: timestamptz.nullable('Last commit authored or co-authored.'),
    commits_last_90_days: int.required(
      'Commits authored or co-authored in the 90 days before the pinned commit.',
    ),
    commits_last_year: int.required(
      'Commits authored or co-authored in the 365 days before the pinned commit.',
    ),
    status: text.required(
      '`active`, or `former` when they have no commit in the months before the pinned commit (6 by default).',
    ),
    files_authored: int.required('Files at the pinned commit they are a DOA author of.'),
    files_main_dev: int.required(
      'Files at the pinned commit they are the main developer of (most lines added).',
    ),
    hotspot_files_authored: int.required(
      'Hotspot files (`file_ownership.is_hotspot`) they are a DOA author of.',
    ),
    core_files_authored: int.required('Core files (`file_ownership.is_core`) they are a DOA author of.'),
    lines_authored: int.required('Code lines of the files they author (a file with k authors counts 1/k).'),
    knowledge: double.required(
      'Σ over the files they author of the file’s `knowledge_weight` / its number of authors.',
    ),
    knowledge_share: double.required('Their `knowledge` over the sum of everyone’s, in the repo.'),
    knowledge_rank: int.required('1 for the person who knows the most (ties: more files, then `person_id`).'),
  },
});
