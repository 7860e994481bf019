import { MalformedReportError, TruncatedReportError } from './report-errors.ts';
import type { ReportFile, ReportFileSink, ReportText } from './report-file.ts';
import { detached, textLines } from './text-lines.ts';
import {
  compactFlags,
  compactLines,
  flagTotals,
  keyHash,
  lineTotals,
  mergeFileData,
  type DeclaredTotals,
  type LcovFileData,
} from './lcov-file-data.ts';

/** The record being read, between `SF:` and `end_of_record`. */
class OpenRecord {
  readonly lineHits = new Map<number, number>();
  readonly branches = new Map<number, boolean>();
  readonly functions = new Map<number, boolean>();
  readonly declared: DeclaredTotals = { lf: null, lh: null, brf: null, brh: null, fnf: null, fnh: null };
  fault: string | null = null;
  constructor(
    readonly path: string,
    readonly startLine: number,
  ) {}

  data(): LcovFileData {
    const { declared } = this;
    const branches = compactFlags(this.branches);
    return {
      lines: compactLines(this.lineHits),
      branches,
      functions: compactFlags(this.functions),
      declared,
    };
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
  const reader = new LcovReader();
  for await (const batch of textLines(text)) for (const line of batch) reader.line(line);
  reader.finish(onFile);
}

class LcovReader {
  private readonly files = new Map<string, LcovFileData>();
  private readonly faults: string[] = [];
  private record: OpenRecord | null = null;
  private lineNumber = 0;

  line(line: string): void {
    this.lineNumber += 1;
    const { record, lineNumber } = this;
    if (line.startsWith('SF:')) this.record = new OpenRecord(detached(line.slice(3)), lineNumber);
    else if (line === 'end_of_record') this.endRecord();
    else if (record !== null && record.fault === null) {
      const fault = readLine(record, line);
      if (fault !== null)
        record.fault = `line ${lineNumber}: ${fault}; the record of ${record.path} is skipped`;
    } else if (record === null && !/^(?:TN:.*|VER:.*|\s*)$/.test(line)) {
      this.faults.push(`line ${lineNumber}: ${JSON.stringify(line.slice(0, 40))} outside a record`);
    }
  }

  private endRecord(): void {
    const { record } = this;
    if (record === null) this.faults.push(`line ${this.lineNumber}: end_of_record without SF`);
    else if (record.fault !== null) this.faults.push(record.fault);
    else keep(this.files, record);
    this.record = null;
  }

  finish(onFile: ReportFileSink): void {
    for (const [path, data] of this.files) onFile(totals(path, data));
    const { faults, record } = this;
    if (faults.length > 0)
      throw new MalformedReportError(`${faults.length} faulty line(s); first at ${faults[0]}`);
    if (record !== null)
      throw new TruncatedReportError(
        `ends inside the record of ${record.path} (from line ${record.startLine})`,
      );
  }
}

function keep(files: Map<string, LcovFileData>, record: OpenRecord): void {
  const before = files.get(record.path);
  files.set(record.path, before === undefined ? record.data() : mergeFileData(before, record.data()));
}

/** Reads one line of a record; returns what is wrong with it, or null. */
function readLine(record: OpenRecord, line: string): string | null {
  if (line.startsWith('DA:')) return readHits(record, line);
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

/** `DA:<line>,<count>[,<checksum>]`, most lines of a report: read without splitting. */
function readHits(record: OpenRecord, line: string): string | null {
  const comma = line.indexOf(',', 3);
  const end = line.indexOf(',', comma + 1);
  const at = comma <= 3 ? NaN : Number(line.slice(3, comma));
  const n = comma === -1 ? NaN : Number(line.slice(comma + 1, end === -1 ? undefined : end));
  if (!Number.isInteger(at) || !Number.isInteger(n) || line.length === comma + 1)
    return 'DA needs a line and a count';
  record.lineHits.set(at, Math.max(record.lineHits.get(at) ?? 0, n));
  return null;
}

const lineReaders: Record<string, LineReader> = {
  BRDA: (record, fields) => {
    if (fields.length < 4) return 'BRDA needs line, block, branch and taken';
    const taken = fields[fields.length - 1] ?? '-';
    if (taken !== '-' && count(taken) === null) return 'BRDA taken is neither a count nor -';
    const key = keyHash(fields.slice(0, -1).join(','));
    record.branches.set(key, (record.branches.get(key) ?? false) || (count(taken) ?? 0) > 0);
    return null;
  },
  FN: (record, fields) => {
    // lcov 2 writes FN:<line>,<end line>,<name>; lcov 1 FN:<line>,<name> (a name may hold commas).
    const name = fields.slice(fields.length > 2 && /^\d+$/.test(fields[1] ?? '') ? 2 : 1).join(',');
    if (fields.length < 2 || name === '') return 'FN needs a line and a name';
    const key = keyHash(name);
    if (!record.functions.has(key)) record.functions.set(key, false);
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
  const key = keyHash(name);
  record.functions.set(key, (record.functions.get(key) ?? false) || hits > 0);
  return null;
}

function totals(reportPath: string, data: LcovFileData): ReportFile {
  const { declared } = data;
  const [linesFound, linesHit] = lineTotals(data.lines);
  const [branchesFound, branchesHit] = flagTotals(data.branches);
  const [functionsFound, functionsHit] = flagTotals(data.functions);
  // Without detail lines, the totals as declared.
  const pick = (found: number, hit: number, declaredFound: number | null, declaredHit: number | null) =>
    found > 0 ? [found, hit] : [declaredFound ?? 0, declaredHit ?? 0];
  const [lf = 0, lh = 0] = pick(linesFound, linesHit, declared.lf, declared.lh);
  const [brf = 0, brh = 0] = pick(branchesFound, branchesHit, declared.brf, declared.brh);
  const [fnf = 0, fnh = 0] = pick(functionsFound, functionsHit, declared.fnf, declared.fnh);
  return {
    reportPath,
    linesFound: lf,
    linesHit: lh,
    branchesFound: brf,
    branchesHit: brh,
    functionsFound: fnf,
    functionsHit: fnh,
    statementsFound: null,
    statementsHit: null,
  };
}
