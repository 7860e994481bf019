import { double, int, text } from '../column.ts';
import { defineTable } from '../table.ts';

export const peopleSummary = defineTable({
  name: 'people_summary',
  doc: 'One row per repo: how many people, how many still active, and the share of AI-assisted commits.',
  key: ['repo_id'],
  columns: {
    repo_id: text.required('Repo.'),
    people: int.required('People (aliases merged, bots and AI assistants left out).'),
    active_people: int.required('People whose `status` is `active`.'),
    active_last_90_days: int.required('People with a commit in the 90 days before the pinned commit.'),
    active_last_year: int.required('People with a commit in the 365 days before the pinned commit.'),
    bot_identities: int.required('Identities that are bots.'),
    commit_count: int.required('Commits, merges included.'),
    ai_assisted_commits: int.required('Commits authored or co-authored by an AI coding assistant.'),
    ai_assisted_share: double.required('`ai_assisted_commits` over `commit_count` (0 with no commit).'),
  },
});
