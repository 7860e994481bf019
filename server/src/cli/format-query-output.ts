import type { JS } from '@duckdb/node-api';

export interface QueryOutput {
  columns: string[];
  rows: JS[][];
}

/** Plain JSON for a cell: big integers stay exact as strings, dates as ISO 8601. */
export function plainValue(value: JS): unknown {
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  }
  return value;
}

function cellText(value: JS): string {
  const plain = plainValue(value);
  if (plain === null || plain === undefined) return '';
  return typeof plain === 'object' ? JSON.stringify(plain) : String(plain);
}

export function formatJson(output: QueryOutput): string {
  const objects = output.rows.map((row) =>
    Object.fromEntries(output.columns.map((c, i) => [c, plainValue(row[i] ?? null)])),
  );
  return `${JSON.stringify(objects, null, 2)}\n`;
}

/** RFC 4180: a header row, fields quoted when they hold a comma, quote or line break. */
export function formatCsv(output: QueryOutput): string {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [output.columns, ...output.rows.map((row) => row.map(cellText))].map((cells) =>
    cells.map(quote).join(','),
  );
  return `${lines.join('\r\n')}\r\n`;
}

/** Aligned columns for a terminal; control characters from repo data are shown escaped. */
export function formatTable(output: QueryOutput): string {
  const safe = (text: string) =>
    text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  const cells = [output.columns, ...output.rows.map((row) => row.map((v) => safe(cellText(v))))];
  const widths = output.columns.map((_, i) =>
    Math.min(60, Math.max(...cells.map((r) => (r[i] ?? '').length))),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => c.slice(0, 60).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const [head = [], ...body] = cells;
  return (
    [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') +
    `\n(${body.length} rows)\n`
  );
}
