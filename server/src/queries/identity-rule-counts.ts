import { defineTable, int, text, type RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { inRepoIds, repoIdsParam } from './repo-ids-param.ts';

export const identityRuleCount = defineTable({
  name: 'identity_rule_count',
  doc: 'Query result: how many identities of a repo each identity rule applied to.',
  key: ['repo_id', 'rule'],
  columns: {
    repo_id: text.required('Repo.'),
    rule: text.required('`identities.rule`, or `kind:<kind_rule>` for bots and AI assistants.'),
    identities: int.required('Identities.'),
  },
});

export const identityRuleCountsSql = `
SELECT repo_id, rule, count(*)::INTEGER AS identities FROM identities WHERE ${inRepoIds} GROUP BY ALL
UNION ALL
SELECT repo_id, 'kind:' || kind_rule, count(*)::INTEGER FROM identities
WHERE ${inRepoIds} AND kind_rule IS NOT NULL GROUP BY ALL
ORDER BY repo_id, rule`;

export function readIdentityRuleCounts(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<RowOf<typeof identityRuleCount>[]> {
  return reader.rows(identityRuleCount, identityRuleCountsSql, repoIdsParam(repoIds));
}
