import type { Static } from '@sinclair/typebox';
import type { RowOf, repos } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { readIdentityRuleCounts } from '../../queries/identity-rule-counts.ts';
import type { warningKind } from '../../queries/warnings-by-kind.ts';
import type { Appendix } from '../schema/appendix.ts';
import { metricDefinitions } from './metric-catalog.ts';
import { stripCredentials } from './strip-credentials.ts';
import { thresholds } from './thresholds.ts';

type RepoRow = RowOf<typeof repos>;

export async function buildAppendix(
  reader: DealReader,
  repoRows: readonly RepoRow[],
  warnings: readonly RowOf<typeof warningKind>[],
  firstCommits: ReadonlyMap<string, string | null>,
): Promise<Static<typeof Appendix>> {
  const rules = await readIdentityRuleCounts(
    reader,
    repoRows.map((r) => r.repo_id),
  );
  return {
    metrics: metricDefinitions(),
    thresholds: thresholds(),
    dataQuality: warnings.map((w) => ({
      repoId: w.repo_id,
      kind: w.kind,
      count: w.count,
      example: w.example,
    })),
    audit: repoRows.map((r) => ({
      repoId: r.repo_id,
      name: r.name,
      source: stripCredentials(r.source),
      sourceKind: r.source_kind,
      requestedRev: r.requested_rev,
      headSha: r.head_sha,
      headAt: r.head_at.toISOString(),
      analyzedAt: r.analyzed_at.toISOString(),
      window: { from: firstCommits.get(r.repo_id) ?? null, to: r.head_at.toISOString() },
      commits: r.commit_count,
      isShallow: r.is_shallow,
      miner: r.miner,
      toolVersion: r.tool_version,
      identityRules: rules
        .filter((x) => x.repo_id === r.repo_id)
        .map((x) => ({ rule: x.rule, identities: x.identities })),
    })),
  };
}
