export { writeCoverageTables } from './write-coverage-tables.ts';
export type { CoverageFiles } from './reports/insert-reports.ts';
export { parseReport, type ParseOutcome } from './parse/parse-report.ts';
export { fileText } from './parse/report-text.ts';
export type { ReportFile, ReportFormat } from './parse/report-file.ts';
