import type { DuckDBConnection } from '@duckdb/node-api';
import { defineTable, int, text, type RowOf } from '../../schema/index.ts';
import { queryRows } from '../sql-source.ts';

/** What one identity was seen as: each (name, raw email) it used, and how often. */
export const identityEvidence = defineTable({
  name: 'identity_evidence',
  doc: 'Query result: the names and raw emails each identity used.',
  key: ['author_id', 'name', 'raw_email'],
  columns: {
    author_id: text.required('The identity.'),
    name: text.required('A name it used, after `.mailmap`.'),
    email: text.required('Its email after `.mailmap`.'),
    raw_email: text.required('An email it used before `.mailmap`, lower-cased.'),
    uses: int.required('Commits and co-author trailers with this name and raw email.'),
    authored: int.required('Of those, commits it authored.'),
  },
});

export type IdentityEvidenceRow = RowOf<typeof identityEvidence>;

export const identityEvidenceSql = `
WITH seen AS (
  SELECT author_id, author_name AS name, author_email AS email, author_email_raw AS raw_email, 1 AS authored
  FROM commits
  UNION ALL
  SELECT author_id, name, email, email, 0 FROM commit_coauthors
)
SELECT author_id, name, email, lower(trim(raw_email)) AS raw_email,
  count(*)::INTEGER AS uses, sum(authored)::INTEGER AS authored
FROM seen
GROUP BY ALL
ORDER BY ALL`;

export function readIdentityEvidence(connection: DuckDBConnection): Promise<IdentityEvidenceRow[]> {
  return queryRows(connection, identityEvidence, identityEvidenceSql);
}
