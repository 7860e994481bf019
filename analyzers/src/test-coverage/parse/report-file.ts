/** Coverage formats Diligent reads. */
export const reportFormats = [
  'lcov',
  'cobertura',
  'jacoco',
  'clover',
  'istanbul-final',
  'istanbul-summary',
  'go-cover',
] as const;

export type ReportFormat = (typeof reportFormats)[number];

/**
 * One file as a report describes it, with the totals the report's own tool states for it. A count
 * is null when the format does not record that measure.
 */
export interface ReportFile {
  reportPath: string;
  linesFound: number | null;
  linesHit: number | null;
  branchesFound: number | null;
  branchesHit: number | null;
  functionsFound: number | null;
  functionsHit: number | null;
  statementsFound: number | null;
  statementsHit: number | null;
}

/** Text of a report, a chunk at a time. */
export type ReportText = AsyncIterable<string>;

export type ReportFileSink = (file: ReportFile) => void;

/** A parser reads the whole text, hands each complete file to the sink as soon as it can. */
export type ReportParser = (text: ReportText, onFile: ReportFileSink) => Promise<void>;
