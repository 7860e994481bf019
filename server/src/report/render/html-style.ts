/** The report's only style sheet, inlined: print-friendly, no web font, no external resource. */
export const reportCss = `
body { font: 12px/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1d2330; margin: 24px auto; max-width: 1000px; padding: 0 16px; }
h1 { font-size: 22px; border-bottom: 2px solid #1d2330; padding-bottom: 4px; }
h2 { font-size: 18px; margin-top: 28px; border-bottom: 1px solid #c8ccd4; padding-bottom: 2px; }
h2.section { break-before: page; }
h3 { font-size: 15px; margin-top: 20px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 11.5px; }
th, td { border: 1px solid #d5d9e0; padding: 3px 5px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #eef1f5; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
tr { break-inside: avoid; }
table.fixed { table-layout: fixed; }
code { font: 11px "DejaVu Sans Mono", monospace; background: #f3f4f7; padding: 0 2px; overflow-wrap: anywhere; }
.grades { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
.grade { border: 1px solid #d5d9e0; border-radius: 4px; padding: 4px 8px; width: 300px; break-inside: avoid; }
.grade .letter { display: inline-block; width: 22px; text-align: center; font-weight: bold; color: #fff; border-radius: 3px; margin-right: 6px; }
.grade .rule { display: block; font-size: 10.5px; color: #4a5160; }
.g-A { background: #2e7d32; } .g-B { background: #689f38; } .g-C { background: #f9a825; } .g-D { background: #ef6c00; } .g-E { background: #c62828; } .g-na { background: #9e9e9e; }
figure.chart { display: inline-block; width: 49%; margin: 6px 0; vertical-align: top; break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; }
svg text { font: 10px "DejaVu Sans", Arial, sans-serif; fill: #1d2330; }
svg .chart-title { font-weight: bold; font-size: 11px; }
svg .bar { fill: #3f6ea8; }
svg .axis { stroke: #8a909c; }
svg .tick { fill: #4a5160; font-size: 9px; }
`;
