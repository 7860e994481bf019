import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeRepo } from '@diligent/analyzers/analyze';
import { openDeal } from '@diligent/analyzers/deal';
import { openLocalRepo } from '@diligent/analyzers/source';
import {
  buildSummary,
  renderHtml,
  renderMarkdown,
  renderPdf,
  reportData,
  summaryJson,
  writeReport,
} from '@diligent/server/report';

const repoCount = 20;

/**
 * Report rendering over a 20-repo deal: the repository analyzed 20 times under different names,
 * then the summary built and every format rendered, each timed. Target: under 10 s in all.
 */
export async function benchReport(repoDir: string, work: string): Promise<void> {
  const dbDir = join(work, 'report-db');
  const analyzeStart = performance.now();
  for (let i = 1; i <= repoCount; i++) {
    await analyzeRepo(await openLocalRepo(repoDir), { dbDir, name: `repo-${String(i).padStart(2, '0')}` });
  }
  console.log(
    `\nreport stage (${repoCount} repos; analyzing them took ${seconds(analyzeStart)} s, not counted)`,
  );
  const total = performance.now();
  const timings: [string, number][] = [];
  const timed = async <T>(label: string, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const result = await work();
    timings.push([label, performance.now() - start]);
    return result;
  };
  const reader = await timed('open deal', () => openDeal(dbDir));
  const summary = await timed('build summary', () => buildSummary(reader));
  await reader.close();
  const json = await timed('json', () => summaryJson(summary));
  const data = reportData(summary);
  await timed('md', () => renderMarkdown(data));
  const html = await timed('html', () => renderHtml(data));
  const pdf = await timed('pdf', () => renderPdf(html, 'bench'));
  await timed('csv', () => writeReport(summary, 'csv', join(work, 'report-csv')));
  const elapsed = (performance.now() - total) / 1000;
  for (const [label, ms] of timings) console.log(`  ${label.padEnd(18)} ${(ms / 1000).toFixed(2)} s`);
  await mkdir(join(work, 'out'), { recursive: true });
  await writeFile(join(work, 'out', 'r.pdf'), pdf);
  const pdfKb = (await stat(join(work, 'out', 'r.pdf'))).size / 1024;
  console.log(`  json ${(json.length / 1024).toFixed(0)} KB, pdf ${pdfKb.toFixed(0)} KB`);
  console.log(`  total              ${elapsed.toFixed(2)} s (target < 10)`);
  await rm(dbDir, { recursive: true, force: true });
}

function seconds(start: number): string {
  return ((performance.now() - start) / 1000).toFixed(1);
}
