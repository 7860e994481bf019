import type { Summary } from '../schema/summary.ts';
import { heading, paragraph, table, type Block, type Inline } from './blocks.ts';
import { count, percent } from './numbers.ts';

const head = [
  '#',
  'Repo',
  'File',
  'Score',
  'Why',
  'Changes (fixes)',
  'Lines',
  'Max CC',
  'Authors (active)',
  'Tests',
];
const numeric = [true, false, false, true, false, true, true, true, false, false];
const widths = ['3%', '6%', '18%', '6%', '28%', '8%', '6%', '6%', '10%', '9%'];

/** The riskiest files across the repos, each with the risk stage's sentence and its numbers. */
export function riskBlocks(summary: Summary): Block[] {
  const { source, items } = summary.topRisks;
  const rows: Inline[][] = items.map((r) => [
    String(r.rank),
    r.repoId,
    { code: r.path },
    r.score.toFixed(1),
    r.explanation,
    `${count(r.windowCommits)} (${count(r.fixCommits)})`,
    count(r.codeLines),
    r.cyclomaticMax === null ? 'n/a' : String(r.cyclomaticMax),
    `${r.authors} (${r.activeAuthors})${r.mainAuthor === null ? '' : `: ${r.mainAuthor}`}`,
    tests(r.coverageBasis, r.lineCoverage),
  ]);
  return [
    heading(2, '2. Top risks', 'top-risks'),
    paragraph(`Source: ${source}.`),
    rows.length === 0 ? paragraph('No file to rank.') : { ...table(head, rows, numeric), widths },
  ];
}

function tests(basis: string | null, lineCoverage: number | null): string {
  if (basis === 'measured') return `measured ${percent(lineCoverage)}`;
  return basis ?? 'no test data';
}
