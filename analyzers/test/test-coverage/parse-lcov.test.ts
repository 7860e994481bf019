import { describe, expect, it } from 'vitest';
import { counts, parseText } from './support/parse-text.ts';

const report = [
  'TN:unit',
  'SF:/ci/build/src/a.ts',
  'FN:1,alpha',
  'FN:5,beta',
  'FNDA:2,alpha',
  'FNDA:0,beta',
  'DA:1,2',
  'DA:2,2',
  'DA:5,0',
  'DA:6,0',
  'BRDA:2,0,0,1',
  'BRDA:2,0,1,-',
  'LF:4',
  'LH:2',
  'end_of_record',
  'SF:C:\\build\\src\\b.ts',
  'LF:10',
  'LH:7',
  'BRF:4',
  'BRH:1',
  'FNF:2',
  'FNH:2',
  'end_of_record',
  'TN:integration',
  'SF:/ci/build/src/a.ts',
  'FNL:0,5,9',
  'FNA:0,3,beta',
  'DA:5,1',
  'DA:7,0',
  'BRDA:2,0,1,4',
  'end_of_record',
  '',
].join('\n');

describe('LCOV parser', () => {
  it('totals each file as genhtml does, merging the records of one file', async () => {
    const { outcome, files } = await parseText(report, 'lcov.info');
    expect(outcome).toEqual({ format: 'lcov', status: 'parsed', message: null });
    expect(files).toEqual([
      // Lines 1, 2, 5 (hit by the second record), 6, 7; both branches of line 2; alpha and beta (lcov 2 FNA).
      counts('/ci/build/src/a.ts', [5, 3], [2, 2], [2, 2]),
      // No detail lines: the declared totals.
      counts('C:\\build\\src\\b.ts', [10, 7], [4, 1], [2, 2]),
    ]);
  });

  it('reads CRLF line ends and any chunking alike', async () => {
    const crlf = await parseText(report.replace(/\n/g, '\r\n'), 'lcov.info', 1);
    expect(crlf.files).toEqual((await parseText(report, 'lcov.info', 4096)).files);
  });

  it('skips only the record with a faulty line, and says where', async () => {
    const broken = report.replace('DA:2,2', 'DA:two,2');
    const { outcome, files } = await parseText(broken, 'lcov.info');
    expect(outcome).toEqual({
      format: 'lcov',
      status: 'malformed',
      message:
        '1 faulty line(s); first at line 8: DA needs a line and a count; the record of /ci/build/src/a.ts is skipped',
    });
    // The first record of a.ts is dropped; its second record still counts.
    expect(files).toEqual([
      counts('C:\\build\\src\\b.ts', [10, 7], [4, 1], [2, 2]),
      counts('/ci/build/src/a.ts', [2, 1], [1, 1], [1, 1]),
    ]);
  });

  it('keeps every complete record of a truncated report', async () => {
    const cut = report.slice(0, report.indexOf('BRF:4'));
    const { outcome, files } = await parseText(cut, 'lcov.info');
    expect(outcome).toEqual({
      format: 'lcov',
      status: 'truncated',
      message: 'ends inside the record of C:\\build\\src\\b.ts (from line 16)',
    });
    expect(files).toEqual([counts('/ci/build/src/a.ts', [4, 2], [2, 1], [2, 1])]);
  });
});
