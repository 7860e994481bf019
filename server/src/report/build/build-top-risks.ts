import type { Static } from '@sinclair/typebox';
import type { DealReader } from '@diligent/analyzers/store';
import type { fileRisk, RowOf } from '@diligent/analyzers/schema';
import { readRankedFileRisks } from '../../queries/ranked-file-risks.ts';
import type { RiskItem, TopRisks } from '../schema/risks.ts';
import { round } from './build-people-section.ts';
import { reportLimits } from './thresholds.ts';

/** The ranked risk list: `file_risk` across the repos, by score; its sentence and numbers beside. */
export async function buildTopRisks(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<Static<typeof TopRisks>> {
  const rows = await readRankedFileRisks(reader, repoIds, reportLimits.topRisks);
  const source =
    rows.length === 0
      ? 'file_risk has no rows for these repos: the risk stage did not run (analyzed by an older version)'
      : 'file_risk of authored source files, by score (hotspot 0.4, complexity, coverage and knowledge 0.2 each), across the repos';
  return { source, items: rows.map((row, i) => riskItem(row, i + 1)) };
}

function riskItem(row: RowOf<typeof fileRisk>, rank: number): Static<typeof RiskItem> {
  return {
    rank,
    repoId: row.repo_id,
    path: row.path,
    score: round(row.score),
    explanation: row.explanation,
    hotspotScore: round(row.hotspot_score),
    windowCommits: row.window_commits,
    fixCommits: row.fix_commits,
    codeLines: row.code_lines,
    cyclomaticMax: row.cyclomatic_max,
    authors: row.authors,
    activeAuthors: row.active_authors,
    mainAuthor: row.main_author,
    coverageBasis: row.coverage_basis,
    lineCoverage: row.line_coverage === null ? null : round(row.line_coverage),
  };
}
