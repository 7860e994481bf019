import { join } from 'node:path';
import { measureStage } from './measure-stage.ts';
import { clocSeconds, ecmascriptPath, eslintRun, exportTree } from './reference-tools.ts';

/**
 * The measurement stage over the tree at HEAD, then, in the same run, cloc over the same tree and
 * ESLint running the two complexity rules over the same JS/TS files.
 */
export async function benchMeasurement(repoDir: string, work: string): Promise<void> {
  const tree = await exportTree(repoDir, join(work, 'tree'));
  const ours = await measureStage(repoDir, join(work, 'measure-db'));
  const cloc = await clocSeconds(tree.dir);
  const oursOnEcmascript = await measureStage(repoDir, join(work, 'measure-db-js'), ecmascriptPath);
  const eslint = await eslintRun(tree.dir, tree.ecmascriptFiles);
  console.log('\nmeasurement stage (files at HEAD)');
  console.log(
    `  files              ${ours.fileCount} (${tree.ecmascriptFiles.length} JS/TS), ${ours.functionCount} functions`,
  );
  console.log(
    `  diligent measure   ${ours.seconds.toFixed(2)} s  (classify, lines, complexity, imports -> DuckDB)`,
  );
  console.log(
    `  cloc               ${cloc.toFixed(2)} s  ratio ${(ours.seconds / cloc).toFixed(2)} (target <= 3)`,
  );
  console.log(
    `  diligent, JS/TS    ${oursOnEcmascript.seconds.toFixed(2)} s  (JS/TS files only, ${oursOnEcmascript.functionCount} functions)`,
  );
  const faster = (eslint.seconds / oursOnEcmascript.seconds).toFixed(1);
  console.log(
    `  eslint, 2 rules    ${eslint.seconds.toFixed(2)} s  (${eslint.reports} reports) diligent is ${faster}x faster (target >= 5)`,
  );
  console.log(
    `  peak RSS           ${ours.peakMb.toFixed(0)} MB + workers ${ours.peakWorkersMb.toFixed(0)} MB (target <= 1024)`,
  );
}
