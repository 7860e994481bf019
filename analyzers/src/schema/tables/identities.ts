import { text } from '../column.ts';
import { defineTable } from '../table.ts';

export const identities = defineTable({
  name: 'identities',
  doc: 'One row per identity of `authors`: the person it belongs to after merging aliases, the rule that merged it, and whether it is a person, a bot or an AI assistant (docs/metrics.md, "People and knowledge").',
  key: ['repo_id', 'author_id'],
  columns: {
    repo_id: text.required('Repo the identity was seen in.'),
    author_id: text.required('The identity (`authors.author_id`).'),
    person_id: text.required(
      'The person: the `author_id` of the identity with the most commits among those merged.',
    ),
    person_name: text.required(
      'Display name of the person (their most used name, or the one the identities file gives).',
    ),
    person_email: text.required('Email of the person’s `person_id` identity.'),
    rule: text.required(
      'Why this identity belongs to its person: `single` (nothing merged), `identities-file`, `shared-email`, `github-noreply` (same GitHub login), `name-and-domain` (same normalized name and email domain) or `same-name` (same full name of two words or more).',
    ),
    kind: text.required(
      '`person`, `bot` or `ai-assistant`; bots and AI assistants are left out of every people metric.',
    ),
    kind_rule: text.nullable(
      'Why the identity is a bot or an AI assistant: `bot-suffix`, `bot-name`, `bot-email`, `ai-assistant` or `identities-file`; NULL for a person.',
    ),
    assistant: text.nullable(
      'The AI coding assistant (`Claude`, `GitHub Copilot`, `Cursor`, ...) for `ai-assistant`.',
    ),
  },
});
