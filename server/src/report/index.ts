export { buildSummary } from './build/build-summary.ts';
export { Summary, summaryVersion } from './schema/summary.ts';
export { reportData, sha256Hex, summaryJson, type ReportData } from './summary-json.ts';
export { renderText, writeReport, reportFormats, type ReportFormat } from './render-report.ts';
export { renderMarkdown } from './render/render-markdown.ts';
export { renderHtml } from './render/render-html.ts';
export { renderCsvTables } from './render/render-csv.ts';
export { renderPdf } from './render/render-pdf.ts';
export { reportSchemaJson } from './schema/report-schema-json.ts';
