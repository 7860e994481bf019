import { DiligentError } from '../../errors.ts';
import { detectFormat } from './detect-format.ts';
import { parseClover } from './parse-clover.ts';
import { parseCobertura } from './parse-cobertura.ts';
import { parseGoCover } from './parse-go-cover.ts';
import { parseIstanbulFinal } from './parse-istanbul-final.ts';
import { parseIstanbulSummary } from './parse-istanbul-summary.ts';
import { parseJacoco } from './parse-jacoco.ts';
import { parseLcov } from './parse-lcov.ts';
import type { ReportFile, ReportFormat, ReportParser } from './report-file.ts';

export const parsers: Record<ReportFormat, ReportParser> = {
  lcov: parseLcov,
  cobertura: parseCobertura,
  jacoco: parseJacoco,
  clover: parseClover,
  'istanbul-final': parseIstanbulFinal,
  'istanbul-summary': parseIstanbulSummary,
  'go-cover': parseGoCover,
};

export type ParseStatus = 'parsed' | 'truncated' | 'malformed' | 'unknown-format';

export interface ParseOutcome {
  format: ReportFormat | null;
  status: ParseStatus;
  message: string | null;
}

const statusOfCode: Record<string, ParseStatus> = {
  TRUNCATED_REPORT: 'truncated',
  MALFORMED_REPORT: 'malformed',
};

/**
 * Detects a report's format from its first kilobytes and streams it through that format's parser.
 * A truncated or malformed report keeps every file read before (or around) the fault; the
 * outcome says what happened in one line.
 */
export async function parseReport(
  chunks: AsyncIterable<string>,
  fileName: string,
  onFile: (file: ReportFile, format: ReportFormat) => void,
): Promise<ParseOutcome> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head = await readHead(iterator);
  const format = detectFormat(head, fileName);
  if (format === null)
    return { format, status: 'unknown-format', message: 'not a coverage format Diligent reads' };
  try {
    await parsers[format](replay(head, iterator), (file) => onFile(file, format));
    return { format, status: 'parsed', message: null };
  } catch (error) {
    const status = error instanceof DiligentError ? statusOfCode[error.code] : undefined;
    if (status === undefined || !(error instanceof Error)) throw error;
    return { format, status, message: error.message };
  }
}

const headChars = 8192;

/** The first few kilobytes, however the text is chunked. */
async function readHead(iterator: AsyncIterator<string>): Promise<string> {
  let head = '';
  while (head.length < headChars) {
    const next = await iterator.next();
    if (next.done === true) break;
    head += next.value;
  }
  return head;
}

async function* replay(head: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  if (head !== '') yield head;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
}
