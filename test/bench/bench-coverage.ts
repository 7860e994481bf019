import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateLcov } from './generate-lcov.ts';

const run = promisify(execFile);
const reportBytes = 200 * 2 ** 20;

interface ChildFigures {
  status: string;
  files: number;
  lines: number;
  seconds: number;
  peakRssMb: number;
}

/** Parses a generated 200 MB LCOV report in its own process: time and peak RSS (target < 500 MB). */
export async function benchCoverage(work: string): Promise<void> {
  const report = join(work, 'lcov.info');
  const generated = await generateLcov(report, reportBytes);
  const size = (await stat(report)).size / 2 ** 20;
  const child = join(import.meta.dirname, 'parse-report-child.ts');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, report], { maxBuffer: 1 << 20 });
  const figures: ChildFigures = JSON.parse(stdout);
  console.log('\ncoverage stage (LCOV parser, own process)');
  console.log(`  report             ${size.toFixed(0)} MB, ${generated} files, ${figures.lines} lines found`);
  console.log(
    `  parse              ${figures.seconds.toFixed(2)} s (${(size / figures.seconds).toFixed(0)} MB/s), ${figures.status}`,
  );
  console.log(`  peak RSS           ${figures.peakRssMb.toFixed(0)} MB (target < 500)`);
}
