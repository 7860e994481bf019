import type { BarChart } from '../document/blocks.ts';
import { html, type SafeHtml } from './html-template.ts';

const width = 360;

/** A bar chart as inline SVG: no script, no external font or style, labels escaped as text. */
export function svgChart(chart: BarChart): SafeHtml {
  if (chart.bars.length === 0) return html``;
  return chart.layout === 'horizontal' ? horizontalBars(chart) : columnBars(chart);
}

function horizontalBars(chart: BarChart): SafeHtml {
  const rowHeight = 14;
  const labelWidth = 100;
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const height = chart.bars.length * rowHeight + 24;
  const rows = chart.bars.map((bar, i) => {
    const y = 20 + i * rowHeight;
    const w = Math.max(1, Math.round(((width - labelWidth - 50) * bar.value) / max));
    return html`<text x="${labelWidth - 6}" y="${y + 12}" text-anchor="end">${bar.label}</text
      ><rect x="${labelWidth}" y="${y + 2}" width="${w}" height="${rowHeight - 5}" class="bar" /><text
        x="${labelWidth + w + 4}"
        y="${y + 12}"
        >${bar.value.toLocaleString('en-US')}</text
      >`;
  });
  return frame(chart.title, height, rows);
}

function columnBars(chart: BarChart): SafeHtml {
  const plotHeight = 60;
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const step = (width - 40) / chart.bars.length;
  const columns = chart.bars.map((bar, i) => {
    const h = Math.round((plotHeight * bar.value) / max);
    const x = 30 + i * step;
    const label =
      i % 3 === 0
        ? html`<text x="${x + step / 2}" y="${plotHeight + 36}" text-anchor="middle" class="tick"
            >${bar.label}</text
          >`
        : html``;
    return html`<rect
        x="${x + 1}"
        y="${20 + plotHeight - h}"
        width="${Math.max(1, step - 2)}"
        height="${h}"
        class="bar"
        ><title>${bar.label}: ${bar.value}</title></rect
      >${label}`;
  });
  const axis = html`<text x="26" y="28" text-anchor="end" class="tick">${max}</text
    ><line x1="30" y1="${20 + plotHeight}" x2="${width - 10}" y2="${20 + plotHeight}" class="axis" />`;
  return frame(chart.title, plotHeight + 44, [axis, ...columns]);
}

function frame(title: string, height: number, body: SafeHtml[]): SafeHtml {
  return html`<figure class="chart">
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 ${width} ${height}"
      width="${width}"
      height="${height}"
      role="img"
      aria-label="${title}"
    >
      <text x="0" y="12" class="chart-title">${title}</text>
      ${body}
    </svg>
  </figure>`;
}
