import type { Block, Inline, Table } from '../document/blocks.ts';
import { reportDocument } from '../document/report-document.ts';
import type { ReportData } from '../summary-json.ts';
import { escapeMarkdown } from './escape-markdown.ts';

/** The report as GitHub-flavoured Markdown: charts become nothing, everything else a table or text. */
export function renderMarkdown(data: ReportData): string {
  return `${reportDocument(data)
    .map(block)
    .filter((text) => text !== '')
    .join('\n\n')}\n`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return b.parts.map(inline).join('');
    case 'list':
      return b.items.map((item) => `- ${item.map(inline).join('')}`).join('\n');
    case 'table':
      return markdownTable(b);
    case 'grades':
      return markdownTable({
        kind: 'table',
        head: ['Area', 'Grade', 'Rule'],
        numeric: [false, false, false],
        rows: b.grades.map((g) => [g.area, { strong: g.grade }, g.rule]),
      });
    case 'bars':
      return '';
  }
}

function markdownTable(t: Table): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(t.head.map(escapeMarkdown)),
    row(t.numeric.map((n) => (n ? '---:' : '---'))),
    ...t.rows.map((cells) => row(cells.map(inline))),
  ].join('\n');
}

/**
 * Code spans cannot escape a backtick inside them, and a path may hold one: repository text is
 * never put in a code span, only escaped plain text.
 */
function inline(part: Inline): string {
  if (typeof part === 'string') return escapeMarkdown(part);
  if ('strong' in part) return `**${escapeMarkdown(part.strong)}**`;
  return escapeMarkdown(part.code);
}
