import type { ReportData } from '../summary-json.ts';
import { appendixBlocks } from './appendix-blocks.ts';
import { heading, paragraph, type Block } from './blocks.ts';
import { executiveBlocks } from './executive-blocks.ts';
import { day } from './numbers.ts';
import { peopleBlocks } from './people-blocks.ts';
import { riskBlocks } from './risk-blocks.ts';

/** The whole report as blocks, in reading order: the executive summary first, the appendix last. */
export function reportDocument({ summary, sha256 }: ReportData): Block[] {
  const names = summary.repos.map((r) => r.name).join(', ');
  const areas = summary.repos.length > 1 ? [summary.deal, ...summary.repos] : summary.repos;
  return [
    heading(1, `Due-diligence report: ${names}`, 'report'),
    paragraph(
      `Data as of ${day(summary.asOf)} · diligent ${summary.toolVersion} · report schema v${summary.version} · data SHA-256 `,
      { code: sha256.slice(0, 16) },
    ),
    heading(2, '1. Executive summary', 'executive-summary'),
    ...areas.flatMap((area, i) => executiveBlocks(area, `summary-${i}`)),
    ...riskBlocks(summary),
    ...peopleBlocks(summary),
    ...appendixBlocks(summary, sha256),
  ];
}

export function reportTitle({ summary }: ReportData): string {
  return `Due-diligence report: ${summary.repos.map((r) => r.name).join(', ')}`;
}
