import { MalformedReportError } from './report-errors.ts';
import type { ReportFile, ReportFileSink, ReportText } from './report-file.ts';
import { forEachJsonEntry } from './json-entries.ts';
import { isRecord, numberAt, recordAt, type JsonRecord } from './json-values.ts';

/**
 * Istanbul `coverage-final.json` (nyc, c8, jest, vitest), totalled as istanbul-lib-coverage
 * totals a file: statements from `s`, functions from `f`, branches from every outcome of `b`, and
 * lines from the start line of each statement (a line's count is the highest of its statements').
 * Entries are read one at a time; a broken entry is skipped alone.
 */
export async function parseIstanbulFinal(text: ReportText, onFile: ReportFileSink): Promise<void> {
  const faults: string[] = [];
  await forEachJsonEntry(text, (key, valueText) => {
    const file = fileOf(key, valueText);
    if (typeof file === 'string') faults.push(file);
    else onFile(file);
  });
  if (faults.length > 0)
    throw new MalformedReportError(`${faults.length} broken entr(ies); first: ${faults[0]}`);
}

function fileOf(key: string, valueText: string): ReportFile | string {
  let value: unknown;
  try {
    value = JSON.parse(valueText);
  } catch {
    return `the entry of ${key} is not valid JSON`;
  }
  if (!isRecord(value)) return `the entry of ${key} is not an object`;
  const s = recordAt(value, 's');
  const f = recordAt(value, 'f');
  const b = recordAt(value, 'b');
  if (s === null || f === null || b === null) return `the entry of ${key} lacks s, f or b`;
  const path = typeof value.path === 'string' ? value.path : key;
  const [linesFound, linesHit] = lineTotals(recordAt(value, 'statementMap') ?? {}, s);
  const [branchesFound, branchesHit] = branchTotals(b);
  return {
    reportPath: path,
    linesFound,
    linesHit,
    branchesFound,
    branchesHit,
    functionsFound: countOf(f),
    functionsHit: hitsOf(f),
    statementsFound: countOf(s),
    statementsHit: hitsOf(s),
  };
}

const countOf = (counts: JsonRecord) => Object.keys(counts).length;
const hitsOf = (counts: JsonRecord) =>
  Object.values(counts).filter((n) => typeof n === 'number' && n > 0).length;

function lineTotals(statementMap: JsonRecord, s: JsonRecord): [number, number] {
  const lines = new Map<number, number>();
  for (const [id, count] of Object.entries(s)) {
    const location = recordAt(statementMap, id);
    const line = numberAt(location === null ? null : recordAt(location, 'start'), 'line');
    if (line === null || typeof count !== 'number') continue;
    lines.set(line, Math.max(lines.get(line) ?? 0, count));
  }
  let hit = 0;
  for (const count of lines.values()) if (count > 0) hit += 1;
  return [lines.size, hit];
}

function branchTotals(b: JsonRecord): [number, number] {
  let found = 0;
  let hit = 0;
  for (const outcomes of Object.values(b)) {
    if (!Array.isArray(outcomes)) continue;
    for (const count of outcomes) {
      found += 1;
      if (typeof count === 'number' && count > 0) hit += 1;
    }
  }
  return [found, hit];
}
