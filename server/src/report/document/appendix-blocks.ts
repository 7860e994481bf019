import type { Summary } from '../schema/summary.ts';
import { heading, paragraph, table, type Block } from './blocks.ts';
import { count, day } from './numbers.ts';

export function appendixBlocks(summary: Summary, sha256: string): Block[] {
  const { metrics, thresholds, dataQuality, audit } = summary.appendix;
  return [
    heading(2, '4. Appendix', 'appendix'),
    heading(3, 'Metric definitions', 'metric-definitions'),
    table(
      ['Metric', 'Definition', 'Full definition'],
      metrics.map((m) => [m.name, m.definition, { code: m.doc }]),
    ),
    heading(3, 'Thresholds', 'thresholds'),
    table(
      ['Threshold', 'Value', 'Meaning'],
      thresholds.map((t) => [t.name, t.value, t.meaning]),
    ),
    heading(3, 'Data quality', 'data-quality'),
    dataQuality.length === 0
      ? paragraph(
          'No warning: no shallow history, unreadable object, unparseable file, malformed author or unmatched coverage path was met.',
        )
      : table(
          ['Repo', 'Kind', 'Count', 'Example'],
          dataQuality.map((w) => [w.repoId, w.kind, count(w.count), w.example]),
          [false, false, true, false],
        ),
    heading(3, 'Audit trail', 'audit-trail'),
    paragraph(
      'Data: the JSON summary (schema ',
      { code: `${summary.schema} v${summary.version}` },
      '), SHA-256 ',
      { code: sha256 },
      '. Re-run ',
      { code: 'diligent report --format json' },
      ' on the same database to check it.',
    ),
    table(
      [
        'Repo',
        'Source',
        'Pinned commit',
        'Commit date',
        'Analysis window',
        'Analyzed',
        'Tool',
        'Identity rules applied',
      ],
      audit.map((a) => [
        a.name,
        `${a.source} (${a.sourceKind}, ${a.requestedRev})`,
        { code: a.headSha },
        day(a.headAt),
        `${day(a.window.from)} to ${day(a.window.to)}, ${count(a.commits)} commits${a.isShallow ? ', SHALLOW' : ''}`,
        a.analyzedAt,
        `diligent ${a.toolVersion} (${a.miner})`,
        a.identityRules.map((r) => `${r.rule}: ${r.identities}`).join(', '),
      ]),
    ),
  ];
}
