import { MalformedReportError } from './report-errors.ts';
import type { ReportFileSink, ReportText } from './report-file.ts';
import { forEachJsonEntry } from './json-entries.ts';
import { isRecord, numberAt, recordAt, type JsonRecord } from './json-values.ts';

/**
 * Istanbul `coverage-summary.json` (json-summary reporter): each file's `lines`, `branches`,
 * `functions` and `statements` give `total` and `covered` as istanbul computed them. The `total`
 * entry is the sum over files and is skipped.
 */
export async function parseIstanbulSummary(text: ReportText, onFile: ReportFileSink): Promise<void> {
  const faults: string[] = [];
  await forEachJsonEntry(text, (key, valueText) => {
    if (key === 'total') return;
    const value = parsed(valueText);
    if (value === null) faults.push(`the entry of ${key} is not a JSON object`);
    else onFile({ reportPath: key, ...counts(value) });
  });
  if (faults.length > 0)
    throw new MalformedReportError(`${faults.length} broken entr(ies); first: ${faults[0]}`);
}

function parsed(valueText: string): JsonRecord | null {
  try {
    const value: unknown = JSON.parse(valueText);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

function counts(value: JsonRecord) {
  const measure = (name: string): [number | null, number | null] => {
    const found = recordAt(value, name);
    return [numberAt(found, 'total'), numberAt(found, 'covered')];
  };
  const [linesFound, linesHit] = measure('lines');
  const [branchesFound, branchesHit] = measure('branches');
  const [functionsFound, functionsHit] = measure('functions');
  const [statementsFound, statementsHit] = measure('statements');
  return {
    linesFound,
    linesHit,
    branchesFound,
    branchesHit,
    functionsFound,
    functionsHit,
    statementsFound,
    statementsHit,
  };
}
