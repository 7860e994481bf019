import type { Block, Inline, Table } from '../document/blocks.ts';
import { reportDocument, reportTitle } from '../document/report-document.ts';
import type { ReportData } from '../summary-json.ts';
import { reportCss } from './html-style.ts';
import { html, type SafeHtml } from './html-template.ts';
import { svgChart } from './svg-charts.ts';

/**
 * One self-contained HTML file: inline CSS and SVG, no script, and a Content-Security-Policy that
 * forbids loading anything, so even a value that escaped escaping could not fetch or run.
 */
export function renderHtml(data: ReportData): string {
  const body = reportDocument(data).map(block);
  return `${html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta
          http-equiv="Content-Security-Policy"
          content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${reportTitle(data)}</title>
        <style>
          ${reportCss}
        </style>
      </head>
      <body>
        ${body}
      </body>
    </html>`}\n`;
}

function block(b: Block): SafeHtml {
  switch (b.kind) {
    case 'heading':
      return headingHtml(b.level, b.id, b.text);
    case 'paragraph':
      return html`<p>${b.parts.map(inline)}</p> `;
    case 'list':
      return html`<ul>
        ${b.items.map((item) => html`<li>${item.map(inline)}</li>`)}
      </ul> `;
    case 'table':
      return tableHtml(b);
    case 'grades':
      return html`<div class="grades">
        ${b.grades.map((g) => html`<div class="grade"><span class="letter g-${g.grade === 'n/a' ? 'na' : g.grade}">${g.grade}</span><strong>${g.area}</strong><span class="rule">${g.rule}</span></div>`)}
      </div> `;
    case 'bars':
      return html`${svgChart(b)} `;
  }
}

/** Sections after the first start a new page when printed. */
function headingHtml(level: 1 | 2 | 3, id: string, text: string): SafeHtml {
  if (level === 1) return html`<h1 id="${id}">${text}</h1> `;
  if (level === 2)
    return html`<h2 id="${id}" class="${id === 'executive-summary' ? '' : 'section'}">${text}</h2> `;
  return html`<h3 id="${id}">${text}</h3> `;
}

function tableHtml(t: Table): SafeHtml {
  const cls = (i: number) => (t.numeric[i] ? 'num' : '');
  const cols = t.widths
    ? html`<colgroup>
        ${t.widths.map((w) => html`<col style="width:${w}" />`)}
      </colgroup>`
    : html``;
  return html`<table class="${t.widths ? 'fixed' : ''}">
    ${cols}
    <thead>
      <tr>
        ${t.head.map((h, i) => html`<th class="${cls(i)}">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${t.rows.map(
        (row) =>
          html`<tr>
            ${row.map((cell, i) => html`<td class="${cls(i)}">${inline(cell)}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table> `;
}

function inline(part: Inline): SafeHtml {
  if (typeof part === 'string') return html`${part}`;
  if ('strong' in part) return html`<strong>${part.strong}</strong>`;
  return html`<code>${part.code}</code>`;
}
