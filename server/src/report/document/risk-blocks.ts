import type { Summary } from '../schema/summary.ts';
import { heading, paragraph, table, type Block } from './blocks.ts';
import { count } from './numbers.ts';

export function riskBlocks(summary: Summary): Block[] {
  const { source, items } = summary.topRisks;
  const head = [
    '#',
    'Repo',
    'File',
    'Why',
    'Changes (1 y)',
    'Revisions',
    'Lines',
    'Max CC',
    'Authors (active)',
    'Main developer',
  ];
  const rows = items.map((r) => [
    String(r.rank),
    r.repoId,
    { code: r.path },
    r.explanation,
    count(r.changesLastYear),
    count(r.revisions),
    count(r.codeLines),
    r.cyclomaticMax === null ? 'n/a' : String(r.cyclomaticMax),
    `${r.authors} (${r.activeAuthors})`,
    r.mainDeveloper ?? 'n/a',
  ]);
  return [
    heading(2, '2. Top risks', 'top-risks'),
    paragraph(`Source: ${source}.`),
    rows.length === 0
      ? paragraph('No hotspot file: nothing changed often enough in the last year to rank.')
      : table(
          head,
          rows,
          head.map((_, i) => i === 0 || (i >= 4 && i <= 7)),
        ),
  ];
}
