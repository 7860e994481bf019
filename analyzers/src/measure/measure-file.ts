import { analyzerForLanguage } from './complexity/analyzer-for-language.ts';
import { classifyLines } from './lines/index.ts';
import { LineKind, type FunctionMetrics, type ImportSpecifier, type LineCounts } from './types.ts';

export interface FileJob {
  path: string;
  language: string;
  /** The blob's bytes, decoded as UTF-8 in the worker. */
  content: Uint8Array;
  /** False over the size limit: lines only. */
  parse: boolean;
}

export interface MeasuredFunction extends FunctionMetrics {
  codeLines: number;
}

export interface FileMeasurement {
  lines: LineCounts;
  /** Null when the language has no complexity analyzer or the file was not parsed. */
  functions: MeasuredFunction[] | null;
  imports: ImportSpecifier[];
  hasSyntaxErrors: boolean;
}

/** Everything measured from one file's text; pure, so it runs in a worker process. */
export function measureFile(job: FileJob): FileMeasurement {
  const text = Buffer.from(job.content.buffer, job.content.byteOffset, job.content.byteLength).toString(
    'utf8',
  );
  const kinds = classifyLines(text, job.language);
  const lines = countKinds(kinds, 0, kinds.length);
  const analyze = job.parse ? analyzerForLanguage(job.language) : null;
  if (!analyze) return { lines, functions: null, imports: [], hasSyntaxErrors: false };
  const result = analyze(text, job.language, job.path);
  const functions = result.functions.map((f) => ({
    ...f,
    codeLines: countKinds(kinds, f.startLine - 1, f.endLine).code,
  }));
  const imports = result.imports ?? [];
  return { lines, functions, imports, hasSyntaxErrors: result.hasSyntaxErrors };
}

function countKinds(kinds: Uint8Array, from: number, to: number): LineCounts {
  const counts = { code: 0, comment: 0, blank: 0 };
  for (let i = from; i < to && i < kinds.length; i += 1) {
    const kind = kinds[i];
    if (kind === LineKind.Code) counts.code += 1;
    else if (kind === LineKind.Comment) counts.comment += 1;
    else counts.blank += 1;
  }
  return counts;
}
