import type { RowOf } from '@diligent/analyzers/schema';
import type { DealReader } from '@diligent/analyzers/store';
import { readCodeLinesByLanguage, type languageSize } from '../../queries/code-lines-by-language.ts';
import { readContributorCounts, type contributorCounts } from '../../queries/contributor-counts.ts';
import { readCoverageTotals, type coverageTotals } from '../../queries/coverage-totals.ts';
import { readDependencyTotals, type dependencyTotals } from '../../queries/dependency-totals.ts';
import { readHistorySpans, type historySpan } from '../../queries/history-span.ts';
import { readHotspotConcentration, type hotspotConcentration } from '../../queries/hotspot-concentration.ts';
import { readMonthlyCommits, type monthlyCommits } from '../../queries/monthly-commits.ts';
import { readOwnershipTotals, type ownershipTotals } from '../../queries/ownership-totals.ts';

/** `null` stands for the repos of the report taken together. */
export type AreaKey = string | null;

/**
 * The rows every executive summary reads, fetched once for all repos and the deal: each query
 * groups by repo and for all repos together (GROUPING SETS), so 20 repos cost 8 queries, not 168.
 */
export class AreaData {
  private constructor(
    private readonly languages: RowOf<typeof languageSize>[],
    private readonly histories: RowOf<typeof historySpan>[],
    private readonly months: RowOf<typeof monthlyCommits>[],
    private readonly contributors: RowOf<typeof contributorCounts>[],
    private readonly ownership: RowOf<typeof ownershipTotals>[],
    private readonly coverage: RowOf<typeof coverageTotals>[],
    private readonly concentration: RowOf<typeof hotspotConcentration>[],
    private readonly dependencies: RowOf<typeof dependencyTotals>[],
    readonly repoCount: number,
  ) {}

  static async read(reader: DealReader, repoIds: readonly string[]): Promise<AreaData> {
    return new AreaData(
      await readCodeLinesByLanguage(reader, repoIds),
      await readHistorySpans(reader, repoIds),
      await readMonthlyCommits(reader, repoIds),
      await readContributorCounts(reader, repoIds),
      await readOwnershipTotals(reader, repoIds),
      await readCoverageTotals(reader, repoIds),
      await readHotspotConcentration(reader, repoIds),
      await readDependencyTotals(reader, repoIds),
      repoIds.length,
    );
  }

  languagesOf(key: AreaKey) {
    return this.languages.filter((row) => row.repo_id === key);
  }

  historyOf(key: AreaKey) {
    return this.histories.find((row) => row.repo_id === key);
  }

  monthsOf(key: AreaKey) {
    return this.months.filter((row) => row.repo_id === key);
  }

  contributorsOf(key: AreaKey) {
    return this.contributors.find((row) => row.repo_id === key);
  }

  ownershipOf(key: AreaKey) {
    return this.ownership.find((row) => row.repo_id === key);
  }

  coverageOf(key: AreaKey) {
    return this.coverage.find((row) => row.repo_id === key);
  }

  concentrationOf(key: AreaKey) {
    return this.concentration.find((row) => row.repo_id === key);
  }

  dependenciesOf(key: AreaKey) {
    return this.dependencies.find((row) => row.repo_id === key);
  }

  /** The risk stage ran for a repo when it wrote its hotspot summary. */
  riskRan(repoId: string): boolean {
    return this.concentration.some((row) => row.repo_id === repoId);
  }
}
