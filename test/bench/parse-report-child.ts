/**
 * Parses one report in a fresh process and prints JSON: files, seconds and the process's own peak
 * RSS (as the kernel counts it), so the figure is the parser's alone.
 */
import { fileText, parseReport } from '@diligent/analyzers/test-coverage';

const path = process.argv[2] ?? '';
const started = performance.now();
let files = 0;
let lines = 0;
const outcome = await parseReport(fileText(path), path, (file) => {
  files += 1;
  lines += file.linesFound ?? 0;
});
const seconds = (performance.now() - started) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ status: outcome.status, files, lines, seconds, peakRssMb }));
