import { writeFile } from 'node:fs/promises';
import { reportTitle } from './document/report-document.ts';
import { renderHtml } from './render/render-html.ts';
import { renderMarkdown } from './render/render-markdown.ts';
import { writeCsvTables } from './render/render-csv.ts';
import { renderPdf } from './render/render-pdf.ts';
import type { Summary } from './schema/summary.ts';
import { reportData, summaryJson } from './summary-json.ts';

export const reportFormats = ['md', 'html', 'pdf', 'json', 'csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** The text of a one-file format; `pdf` and `csv` are written by `writeReport`. */
export function renderText(summary: Summary, format: 'md' | 'html' | 'json'): string {
  if (format === 'json') return summaryJson(summary);
  const data = reportData(summary);
  return format === 'md' ? renderMarkdown(data) : renderHtml(data);
}

/**
 * Writes a report to `out` (a file; a folder for `csv`), or returns the text to print when `out` is
 * undefined and the format is text. Returns what it wrote.
 */
export async function writeReport(
  summary: Summary,
  format: ReportFormat,
  out: string | undefined,
): Promise<string[]> {
  if (format === 'csv') return writeCsvTables(summary, out ?? 'diligent-report-csv');
  if (format === 'pdf') {
    const path = out ?? 'diligent-report.pdf';
    const data = reportData(summary);
    await writeFile(path, await renderPdf(renderHtml(data), reportTitle(data)));
    return [path];
  }
  const text = renderText(summary, format);
  if (out === undefined) {
    process.stdout.write(text);
    return [];
  }
  await writeFile(out, text);
  return [out];
}
