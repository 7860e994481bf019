import type { Summary } from '../schema/summary.ts';
import { heading, paragraph, table, type Block } from './blocks.ts';
import { count, day, percent, ratio } from './numbers.ts';

export function peopleBlocks(summary: Summary): Block[] {
  const { keyPeople, concentration, orphaned } = summary.people;
  return [
    heading(2, '3. People', 'people'),
    heading(3, 'Key people to retain', 'key-people'),
    paragraph(
      'Ranked by knowledge (what they author, weighted by change and import activity), not by commit count; former people are already gone.',
    ),
    table(
      ['#', 'Person', 'Status', 'Repos', 'Knowledge', 'Files authored', 'Hotspot files', 'Last commit'],
      keyPeople.map((p) => [
        String(p.rank),
        p.name,
        p.status,
        p.repos.join(', '),
        p.knowledge.toFixed(2),
        count(p.filesAuthored),
        count(p.hotspotFilesAuthored),
        day(p.lastCommitAt),
      ]),
      [true, false, false, false, true, true, true, false],
    ),
    heading(3, 'Knowledge concentration', 'knowledge-concentration'),
    table(
      ['Repo', 'People', 'Top person’s share', 'Top 3 people’s share'],
      concentration.map((c) => [c.repoId, count(c.people), percent(c.top1Share), percent(c.top3Share)]),
      [false, true, true, true],
    ),
    heading(3, 'Orphaned code', 'orphaned-code'),
    paragraph(
      'Files none of whose authors is still active: each repo, then its directories with the most orphaned lines.',
    ),
    table(
      ['Repo', 'Scope', 'Orphaned files', 'Orphaned lines', 'Share of lines'],
      orphaned.map((o) => [
        o.repoId,
        o.scope === 'repo' ? '(whole repo)' : { code: o.scope },
        `${count(o.orphanedFiles)} of ${count(o.files)}`,
        `${count(o.orphanedLines)} of ${count(o.lines)}`,
        ratio(o.orphanedLines, o.lines),
      ]),
      [false, false, true, true, true],
    ),
    ...offboardingBlocks(summary),
  ];
}

function offboardingBlocks(summary: Summary): Block[] {
  const { leaving, truckFactors, impacts } = summary.people.offboarding;
  const title = heading(3, 'Off-boarding scenario: the top two key people leave', 'offboarding');
  if (leaving.length === 0)
    return [title, paragraph('No active person authors any file: there is nobody left to lose.')];
  return [
    title,
    paragraph(`If ${leaving.map((p) => p.name).join(' and ')} left today:`),
    table(
      ['Scope', 'Truck factor before', 'Truck factor after'],
      truckFactors.map((t) => [t.repoId ?? 'whole deal', String(t.before), String(t.after)]),
      [false, true, true],
    ),
    table(
      ['Repo', 'Scope', 'Orphaned files (before → after)', 'Orphaned lines (before → after)'],
      impacts.map((i) => [
        i.repoId,
        i.scope === 'repo' ? '(whole repo)' : { code: i.scope },
        `${count(i.orphanedFilesBefore)} → ${count(i.orphanedFilesAfter)} of ${count(i.files)}`,
        `${count(i.orphanedLinesBefore)} → ${count(i.orphanedLinesAfter)} of ${count(i.lines)}`,
      ]),
      [false, false, true, true],
    ),
  ];
}
