import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeRepo } from '@diligent/analyzers/analyze';
import { openDeal } from '@diligent/analyzers/deal';
import { openLocalRepo } from '@diligent/analyzers/source';
import { buildRepo, tempDir, type TempDir } from '@diligent/fixtures';
import {
  buildSummary,
  renderCsvTables,
  renderHtml,
  renderMarkdown,
  renderPdf,
  reportData,
  type Summary,
} from '../../src/report/index.ts';
import { visitHtml } from './browser.ts';
import { formulaPath, hostile, hostileIdentities, imagePath, scriptName } from './hostile-scenario.ts';
import { pdfPages } from './poppler.ts';

const repoName = '<i>hostile</i> & co';

describe('repository values are escaped in every format', () => {
  let dir: TempDir;
  let summary: Summary;
  beforeAll(async () => {
    dir = await tempDir();
    await buildRepo(hostile, join(dir.path, 'repo'));
    const dbDir = join(dir.path, 'db');
    await analyzeRepo(await openLocalRepo(join(dir.path, 'repo')), {
      dbDir,
      name: repoName,
      identities: hostileIdentities,
    });
    const reader = await openDeal(dbDir);
    try {
      summary = await buildSummary(reader);
    } finally {
      await reader.close();
    }
  });
  afterAll(() => dir.cleanup());

  it('carries the hostile values unchanged in the JSON', () => {
    expect(summary.repos[0]?.name).toBe(repoName);
    expect(summary.people.keyPeople.map((p) => p.name)).toContain(scriptName);
    expect(summary.topRisks.items.map((r) => r.path).sort()).toEqual([
      formulaPath,
      imagePath,
      'src/plain.ts',
    ]);
    expect(summary.tables.files.map((f) => f.path)).toEqual([formulaPath, imagePath, 'src/plain.ts']);
  });

  it('Markdown: no raw HTML, no table broken by a pipe, no emphasis from a name', () => {
    const md = renderMarkdown(reportData(summary));
    expect(md).not.toMatch(/<script|<img|<i>/i);
    expect(md).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(md).toContain('src/&lt;img src=x onerror=alert\\(2\\)&gt;.ts');
    expect(md).toContain('=cmd\\|calc.ts');
    expect(md).toContain('Plain \\| \\*Person\\*');
  });

  it('HTML: the names are text, nothing runs, nothing loads', async () => {
    const page = renderHtml(reportData(summary));
    expect(page).not.toMatch(/<script|<img|<i>/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const visit = await visitHtml(page);
    expect(visit).toMatchObject({ consoleErrors: [], requests: [], dialogs: [] });
    expect(visit.title).toBe(`Due-diligence report: ${repoName}`);
    expect(visit.text).toContain(scriptName);
    expect(visit.text).toContain(imagePath);
  });

  it('CSV: a cell that would start a formula is neutralised with a quote', () => {
    const tables = renderCsvTables(summary);
    expect(tables['files.csv']?.split('\r\n')[1]).toMatch(/^[^,]+,'=cmd\|calc\.ts,TypeScript,/);
    expect(tables['hotspots.csv']).toContain(",'=cmd|calc.ts,");
    expect(tables['people.csv']).toContain(`,${scriptName},`);
    for (const text of Object.values(tables)) expect(text).not.toMatch(/(^|,)[=+\-@]/m);
  });

  it('PDF: the header prints the repo name as text', async () => {
    const out = await mkdtemp(join(tmpdir(), 'diligent-pdf-'));
    try {
      const title = `Due-diligence report: ${repoName}`;
      await writeFile(join(out, 'r.pdf'), await renderPdf(renderHtml(reportData(summary)), title));
      const [first] = await pdfPages(join(out, 'r.pdf'));
      expect(first).toContain(title);
      expect(first).toContain(scriptName);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
