import { identities } from '@diligent/analyzers/schema';
import { defineQuery } from './define-query.ts';

export const identityRow = identities;

/** Every identity of the repo's people, with the rule that merged it into its person. */
export const personIdentitiesQuery = defineQuery<typeof identityRow, { repo: string }>(
  identityRow,
  `SELECT * FROM identities WHERE repo_id = $repo ORDER BY person_id, author_id`,
);
