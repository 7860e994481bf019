import { MalformedReportError, TruncatedReportError } from './report-errors.ts';
import type { ReportFile, ReportFileSink, ReportText } from './report-file.ts';
import { textLines } from './text-lines.ts';
import {
  compactLines,
  countFlags,
  countHits,
  mergeFileData,
  type DeclaredTotals,
  type LcovFileData,
} from './lcov-file-data.ts';

/** The record being read, between `SF:` and `end_of_record`. */
class OpenRecord {
  readonly lineHits = new Map<number, number>();
  readonly branches = new Map<string, boolean>();
  readonly functions = new Map<string, boolean>();
  readonly declared: DeclaredTotals = { lf: null, lh: null, brf: null, brh: null, fnf: null, fnh: null };
  fault: string | null = null;
  constructor(
    readonly path: string,
    readonly startLine: number,
  ) {}

  data(): LcovFileData {
    const { branches, functions, declared } = this;
    return { lines: compactLines(this.lineHits), branches, functions, declared };
  }
}

/**
 * LCOV (`lcov.info`), as genhtml totals it: a file's lines are its distinct `DA` lines, hit when a
 * count is above zero; branches its `BRDA` entries (`-` = never evaluated); functions its `FN`
 * (or `FNA`) names, hit by `FNDA`/`FNA` counts. LF/LH, BRF/BRH, FNF/FNH count only when the record
 * has no detail lines. A record with a faulty line is dropped alone; files are handed on at the end
 * because a file's records may be spread over the report.
 */
export async function parseLcov(text: ReportText, onFile: ReportFileSink): Promise<void> {
  const files = new Map<string, LcovFileData>();
  const faults: string[] = [];
  let record: OpenRecord | null = null;
  let lineNumber = 0;
  for await (const line of textLines(text)) {
    lineNumber += 1;
    if (line.startsWith('SF:')) record = new OpenRecord(line.slice(3), lineNumber);
    else if (line === 'end_of_record') {
      if (record === null) faults.push(`line ${lineNumber}: end_of_record without SF`);
      else if (record.fault !== null) faults.push(record.fault);
      else keep(files, record);
      record = null;
    } else if (record !== null && record.fault === null) {
      const fault = readLine(record, line);
      if (fault !== null)
        record.fault = `line ${lineNumber}: ${fault}; the record of ${record.path} is skipped`;
    } else if (record === null && !/^(?:TN:.*|VER:.*|\s*)$/.test(line)) {
      faults.push(`line ${lineNumber}: ${JSON.stringify(line.slice(0, 40))} outside a record`);
    }
  }
  for (const [path, data] of files) onFile(totals(path, data));
  if (faults.length > 0)
    throw new MalformedReportError(`${faults.length} faulty line(s); first at ${faults[0]}`);
  if (record !== null)
    throw new TruncatedReportError(
      `ends inside the record of ${record.path} (from line ${record.startLine})`,
    );
}

function keep(files: Map<string, LcovFileData>, record: OpenRecord): void {
  const before = files.get(record.path);
  files.set(record.path, before === undefined ? record.data() : mergeFileData(before, record.data()));
}

/** Reads one line of a record; returns what is wrong with it, or null. */
function readLine(record: OpenRecord, line: string): string | null {
  const colon = line.indexOf(':');
  const tag = colon === -1 ? line : line.slice(0, colon);
  const fields = colon === -1 ? [] : line.slice(colon + 1).split(',');
  const reader = lineReaders[tag];
  if (reader !== undefined) return reader(record, fields);
  return /^[A-Z]+$/.test(tag) || line.trim() === ''
    ? null
    : `cannot read ${JSON.stringify(line.slice(0, 40))}`;
}

type LineReader = (record: OpenRecord, fields: string[]) => string | null;

const count = (field: string | undefined): number | null =>
  field !== undefined && /^-?\d+$/.test(field.trim()) ? Number(field) : null;

const declare =
  (key: keyof DeclaredTotals): LineReader =>
  (record, [value]) => {
    const n = count(value);
    if (n === null) return `${key.toUpperCase()} is not a number`;
    record.declared[key] = n;
    return null;
  };

const lineReaders: Record<string, LineReader> = {
  DA: (record, [line, hits]) => {
    const at = count(line);
    const n = count(hits);
    if (at === null || n === null) return 'DA needs a line and a count';
    record.lineHits.set(at, Math.max(record.lineHits.get(at) ?? 0, n));
    return null;
  },
  BRDA: (record, fields) => {
    if (fields.length < 4) return 'BRDA needs line, block, branch and taken';
    const taken = fields[fields.length - 1] ?? '-';
    if (taken !== '-' && count(taken) === null) return 'BRDA taken is neither a count nor -';
    const key = fields.slice(0, -1).join(',');
    record.branches.set(key, (record.branches.get(key) ?? false) || (count(taken) ?? 0) > 0);
    return null;
  },
  FN: (record, fields) => {
    // lcov 2 writes FN:<line>,<end line>,<name>; lcov 1 FN:<line>,<name> (a name may hold commas).
    const name = fields.slice(fields.length > 2 && /^\d+$/.test(fields[1] ?? '') ? 2 : 1).join(',');
    if (fields.length < 2 || name === '') return 'FN needs a line and a name';
    if (!record.functions.has(name)) record.functions.set(name, false);
    return null;
  },
  FNDA: (record, [hits, ...name]) => hitFunction(record, name.join(','), count(hits)),
  FNL: (record, [index]) => (index === undefined ? 'FNL needs an index' : null),
  FNA: (record, [, hits, ...name]) => hitFunction(record, name.join(','), count(hits)),
  LF: declare('lf'),
  LH: declare('lh'),
  BRF: declare('brf'),
  BRH: declare('brh'),
  FNF: declare('fnf'),
  FNH: declare('fnh'),
};

function hitFunction(record: OpenRecord, name: string, hits: number | null): string | null {
  if (hits === null || name === '') return 'function data needs a count and a name';
  record.functions.set(name, (record.functions.get(name) ?? false) || hits > 0);
  return null;
}

function totals(reportPath: string, data: LcovFileData): ReportFile {
  const { lines, branches, functions, declared } = data;
  const detail = <T>(size: number, value: () => T, fallback: T) => (size > 0 ? value() : fallback);
  return {
    reportPath,
    linesFound: detail(lines.length, () => lines.length, declared.lf ?? 0),
    linesHit: detail(lines.length, () => countHits(lines), declared.lh ?? 0),
    branchesFound: detail(branches.size, () => branches.size, declared.brf ?? 0),
    branchesHit: detail(branches.size, () => countFlags(branches), declared.brh ?? 0),
    functionsFound: detail(functions.size, () => functions.size, declared.fnf ?? 0),
    functionsHit: detail(functions.size, () => countFlags(functions), declared.fnh ?? 0),
    statementsFound: null,
    statementsHit: null,
  };
}
