import type { Static } from '@sinclair/typebox';
import type { DealReader } from '@diligent/analyzers/store';
import type { RowOf } from '@diligent/analyzers/schema';
import { readRankedHotspots, type rankedHotspot } from '../../queries/ranked-hotspots.ts';
import type { RiskItem, TopRisks } from '../schema/risks.ts';
import { reportLimits } from './thresholds.ts';

/**
 * The ranked risk list. Until risk scores exist (`file_risk`), hotspots are ranked by last year's
 * changes, and the source says so.
 */
export async function buildTopRisks(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<{ topRisks: Static<typeof TopRisks>; hotspots: Static<typeof RiskItem>[] }> {
  const rows = await readRankedHotspots(reader, repoIds, Number.MAX_SAFE_INTEGER);
  const hotspots = rows.map((row, i) => riskItem(row, i + 1));
  const source =
    'file_ownership hotspots, ranked by changes in the last year, then code lines, complexity and fewer active authors (no risk scores in this database)';
  return { hotspots, topRisks: { source, items: hotspots.slice(0, reportLimits.topRisks) } };
}

function riskItem(row: RowOf<typeof rankedHotspot>, rank: number): Static<typeof RiskItem> {
  return {
    rank,
    repoId: row.repo_id,
    path: row.path,
    explanation: explain(row),
    changesLastYear: row.changes_last_year,
    revisions: row.revisions,
    codeLines: row.code_lines,
    cyclomaticMax: row.cyclomatic_max,
    authors: row.authors,
    activeAuthors: row.active_authors,
    mainDeveloper: row.main_dev,
    fanIn: row.fan_in,
  };
}

/** One sentence from the numbers: how often it changes, how big and tangled it is, who still knows it. */
export function explain(row: RowOf<typeof rankedHotspot>): string {
  const parts = [
    `Changed ${plural(row.changes_last_year, 'time')} in the last year`,
    `${plural(row.code_lines, 'code line')}`,
  ];
  if (row.cyclomatic_max !== null)
    parts.push(`its most complex function at cyclomatic ${row.cyclomatic_max}`);
  const who =
    row.active_authors === 0
      ? 'no active author left'
      : row.active_authors === 1
        ? 'a single active author'
        : `${row.active_authors} active authors`;
  return `${parts.join(', ')}; ${who}.`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
