import {
  fileText,
  parseReport,
  type ParseOutcome,
  type ReportFile,
} from '../../../src/test-coverage/index.ts';

export interface Parsed {
  outcome: ParseOutcome;
  files: ReportFile[];
}

/** Parses report text handed over in chunks of `chunkSize` characters (small ones test the seams). */
export async function parseText(text: string, fileName: string, chunkSize = 7): Promise<Parsed> {
  async function* chunks() {
    for (let at = 0; at < text.length; at += chunkSize) yield text.slice(at, at + chunkSize);
  }
  const files: ReportFile[] = [];
  const outcome = await parseReport(chunks(), fileName, (file) => files.push(file));
  return { outcome, files };
}

export async function parseFile(path: string): Promise<Parsed> {
  const files: ReportFile[] = [];
  const outcome = await parseReport(fileText(path), path, (file) => files.push(file));
  return { outcome, files };
}

/** A file's counts, with nulls for what the format does not record. */
export function counts(
  reportPath: string,
  lines: [number, number] | null,
  branches: [number, number] | null,
  functions: [number, number] | null,
  statements: [number, number] | null = null,
): ReportFile {
  return {
    reportPath,
    linesFound: lines?.[0] ?? null,
    linesHit: lines?.[1] ?? null,
    branchesFound: branches?.[0] ?? null,
    branchesHit: branches?.[1] ?? null,
    functionsFound: functions?.[0] ?? null,
    functionsHit: functions?.[1] ?? null,
    statementsFound: statements?.[0] ?? null,
    statementsHit: statements?.[1] ?? null,
  };
}
