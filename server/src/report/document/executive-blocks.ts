import type { AreaSummary } from '../schema/summary.ts';
import { heading, paragraph, table, type Block, type Inline } from './blocks.ts';
import { count, day, percent, ratio } from './numbers.ts';

/** The executive summary of one repo or of the deal: key figures, charts, red flags, grades. */
export function executiveBlocks(area: AreaSummary, id: string): Block[] {
  return [
    heading(3, area.repoId === null ? 'Whole deal' : `Repository ${area.name}`, id),
    table(['Measure', 'Value'], keyFigures(area)),
    {
      kind: 'grades',
      grades: area.grades.map(({ area: name, grade, rule }) => ({ area: name, grade, rule })),
    },
    ...redFlags(area),
    ...charts(area),
  ];
}

function keyFigures(area: AreaSummary): Inline[][] {
  const { size, age, activity, contributors, truckFactor, orphaned } = area;
  const languages = size.languages
    .slice(0, 5)
    .map((l) => `${l.language} ${count(l.codeLines)} (${ratio(l.codeLines, size.codeLines)})`)
    .join(', ');
  const tfPeople = truckFactor.people.map((p) => `${p.name} (${p.status})`).join(', ');
  return [
    [
      'Size',
      `${count(size.codeLines)} code lines in ${count(size.files)} files${languages ? `: ${languages}` : ''}`,
    ],
    [
      'Age',
      `${age.years} years (${day(age.firstCommitAt)} to ${day(age.lastCommitAt)}), ${count(age.commits)} commits`,
    ],
    [
      'Activity trend',
      `${activity.trend}: ${count(activity.commitsLast6Months)} commits in the 6 months before the pinned commit, ${count(activity.commitsPrevious6Months)} in the 6 before those`,
    ],
    [
      'Contributors',
      `${count(contributors.people)} people: ${count(contributors.active)} active, ${count(contributors.former)} former (${count(contributors.activeLast90Days)} committed in the last 90 days)`,
    ],
    [
      'Truck factor',
      truckFactor.value === null
        ? 'n/a (no authored files)'
        : `${truckFactor.value}${tfPeople ? `: ${tfPeople}` : ''}`,
    ],
    ['Coverage', coverage(area)],
    ['Hotspot concentration', concentration(area)],
    ['Dependencies', dependencies(area)],
    [
      'Orphaned code',
      `${count(orphaned.orphanedLines)} of ${count(orphaned.lines)} code lines (${ratio(orphaned.orphanedLines, orphaned.lines)}) in ${count(orphaned.orphanedFiles)} of ${count(orphaned.files)} files have no active author`,
    ],
  ];
}

function dependencies(area: AreaSummary): string {
  const d = area.dependencies;
  const f = d.licenseFindings;
  if (d.dependencies === 0 && f.high + f.medium + f.low === 0)
    return 'none found (no manifest or lock file read, or data from a version without the dependency stage)';
  return `${count(d.dependencies)} (${count(d.direct)} direct) in ${d.ecosystems} ecosystems; license findings: ${f.high} high, ${f.medium} medium, ${f.low} low`;
}

function concentration(area: AreaSummary): string {
  const h = area.hotspots;
  if (!h.available) return `not available: ${h.reason}`;
  const d = h.data;
  return `${percent(d.concentration)} of the ${count(d.fileChanges)} file changes in ${windowName(d.window)} hit the top 5% hotspots (${count(d.topFiles)} of ${count(d.files)} files)`;
}

function coverage(area: AreaSummary): string {
  const c = area.coverage;
  if (!c.available) return `not available: ${c.reason}`;
  const d = c.data;
  const measured =
    d.measuredFiles === 0
      ? 'measured: no coverage report'
      : `measured: ${percent(d.measuredLineCoverage)} line coverage over ${count(d.measuredFiles)} files`;
  return `${measured}; estimated: ${percent(d.estimatedTestedShare)} of source files reached by a test (${count(d.estimatedFiles)} estimated, ${count(d.untestedFiles)} not reached)`;
}

function charts(area: AreaSummary): Block[] {
  const languages = area.size.languages.slice(0, 8).map((l) => ({ label: l.language, value: l.codeLines }));
  const months = area.activity.monthly.map((m) => ({ label: m.month, value: m.commits }));
  return [
    { kind: 'bars', layout: 'horizontal', title: 'Code lines by language', bars: languages },
    { kind: 'bars', layout: 'columns', title: 'Commits by people per month (24 months)', bars: months },
  ];
}

function redFlags(area: AreaSummary): Block[] {
  const flags = area.redFlags;
  if (!flags.available) return [paragraph({ strong: 'Red flags:' }, ` not available. ${flags.reason}`)];
  if (flags.data.length === 0) return [paragraph({ strong: 'Red flags:' }, ' none.')];
  return [
    paragraph({ strong: 'Red flags' }),
    {
      kind: 'list',
      items: flags.data.map((f) => [
        { strong: `${f.severity}: ${f.code}` },
        f.subject === '' ? '' : ' (',
        f.subject === '' ? '' : { code: f.subject },
        f.subject === '' ? '' : ')',
        ` ${f.reason}`,
      ]),
    },
  ];
}

function windowName(window: string): string {
  const names: Record<string, string> = {
    '6m': 'the last 6 months',
    '1y': 'the last 12 months',
    all: 'the whole history',
  };
  return names[window] ?? `the window ${window}`;
}
