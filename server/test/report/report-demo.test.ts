import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeal } from '@diligent/analyzers/deal';
import type { TempDir } from '@diligent/fixtures';
import {
  buildSummary,
  renderCsvTables,
  renderHtml,
  renderMarkdown,
  renderPdf,
  reportData,
  sha256Hex,
  Summary,
  summaryJson,
} from '../../src/report/index.ts';
import { buildDemoDealAsOf } from './demo-deal-as-of.ts';
import { visitHtml } from './browser.ts';
import { pinForSnapshot } from './pin-for-snapshot.ts';
import { pdfPageImages, pdfPages } from './poppler.ts';

describe('the diligence report of the demo fixture', () => {
  let dir: TempDir;
  let built: Summary;
  let summary: Summary;
  beforeAll(async () => {
    const deal = await buildDemoDealAsOf('2025-11-01T00:00:00Z');
    dir = deal.dir;
    const reader = await openDeal(deal.dbDir);
    try {
      built = await buildSummary(reader);
      expect(summaryJson(await buildSummary(reader))).toBe(summaryJson(built));
    } finally {
      await reader.close();
    }
    summary = pinForSnapshot(built);
  });
  afterAll(() => dir.cleanup());

  it('is valid against its published schema', () => {
    expect([...Value.Errors(Summary, built)]).toEqual([]);
  });

  it('sums up the repo with the numbers the analysis stored', () => {
    const [repo] = summary.repos;
    expect(repo).toMatchObject({
      repoId: 'demo',
      size: { files: 81, codeLines: 3660 },
      age: {
        firstCommitAt: '2023-01-09T14:34:14.000Z',
        lastCommitAt: '2025-10-31T15:15:03.000Z',
        years: 2.8,
        commits: 552,
      },
      activity: { commitsLast6Months: 72, commitsPrevious6Months: 90, trend: 'stable' },
      contributors: { people: 7, active: 5, former: 2, activeLast90Days: 5 },
      truckFactor: {
        value: 2,
        files: 69,
        people: [
          { personId: 'alice@acme-pay.com', name: 'Alice Moreau', status: 'former' },
          { personId: 'bob@acme-pay.com', name: 'Bob Okafor', status: 'active' },
        ],
      },
      hotspots: {
        available: true,
        data: { window: '1y', files: 69, topFiles: 4, fileChanges: 216, topFileChanges: 49 },
      },
      orphaned: { lines: 3549, orphanedLines: 1764, files: 69, orphanedFiles: 35 },
      coverage: {
        available: true,
        data: { measuredFiles: 0, estimatedFiles: 25, untestedFiles: 8, measuredLineCoverage: null },
      },
      redFlags: {
        available: true,
        data: [
          { code: 'orphaned-code', severity: 'high' },
          { code: 'low-truck-factor', severity: 'medium' },
        ],
      },
    });
    expect(repo?.activity.monthly).toHaveLength(24);
    expect(repo?.grades.map((g) => `${g.area} ${g.grade}`)).toEqual([
      'key-people C',
      'orphaned-code D',
      'activity B',
      'change-concentration A',
      'testing B',
      'data-quality A',
    ]);
    expect({ ...summary.deal, redFlags: null }).toEqual({
      ...repo,
      repoId: null,
      name: 'Deal',
      redFlags: null,
    });
    expect(summary.deal.redFlags).toMatchObject({
      available: true,
      data: [
        { code: 'orphaned-code', reason: "50% of the deal's code (1764 of 3549 lines) has no active author" },
        { code: 'low-truck-factor', severity: 'medium' },
      ],
    });
  });

  it('ranks the risks, names the key people and simulates the top two active ones leaving', () => {
    expect(summary.topRisks.items).toHaveLength(10);
    expect(summary.topRisks.items[1]).toMatchObject({
      rank: 2,
      path: 'services/billing/src/invoice-calculator.ts',
      score: 85,
      windowCommits: 20,
      fixCommits: 20,
      cyclomaticMax: 24,
      activeAuthors: 0,
      mainAuthor: 'Alice Moreau',
      coverageBasis: 'estimated',
      explanation:
        'Changed 20 times in the last 12 months (20 of them bug fixes), cyclomatic 65, cognitive 46, only Alice Moreau knows it and left in October 2024, 1 test file reaches it directly.',
    });
    expect(summary.people.keyPeople.map((p) => `${p.name} ${p.status}`).slice(0, 3)).toEqual([
      'Alice Moreau former',
      'Bob Okafor active',
      'Frank Li active',
    ]);
    expect(summary.people.offboarding.leaving.map((p) => p.name)).toEqual(['Bob Okafor', 'Frank Li']);
    expect(summary.people.offboarding.truckFactors).toEqual([{ repoId: 'demo', before: 2, after: 1 }]);
    expect(summary.people.offboarding.impacts[0]).toMatchObject({
      scope: 'repo',
      orphanedFilesBefore: 35,
      orphanedFilesAfter: 60,
      orphanedLinesAfter: 2981,
    });
  });

  it('keeps an audit trail without clock time and lists every metric it shows', () => {
    const [audit] = built.appendix.audit;
    expect(audit).toMatchObject({
      repoId: 'demo',
      sourceKind: 'worktree',
      requestedRev: 'until:2025-11-01T00:00:00Z',
      commits: 552,
      isShallow: false,
      miner: 'git',
    });
    expect(audit?.headSha).toMatch(/^[0-9a-f]{40}$/);
    expect(audit?.identityRules).toEqual([
      { rule: 'kind:ai-assistant', identities: 1 },
      { rule: 'kind:bot-suffix', identities: 1 },
      { rule: 'single', identities: 9 },
    ]);
    expect(built.asOf).toBe(audit?.analyzedAt);
    expect(summary.appendix.dataQuality).toEqual([]);
    expect(summary.tables.files).toHaveLength(81);
  });

  it('renders Markdown, HTML, JSON and CSV as snapshotted', async () => {
    const data = reportData(summary);
    await expect(summaryJson(summary)).toMatchFileSnapshot('__snapshots__/demo.json');
    await expect(renderMarkdown(data)).toMatchFileSnapshot('__snapshots__/demo.md');
    await expect(renderHtml(data)).toMatchFileSnapshot('__snapshots__/demo.html');
    for (const [name, text] of Object.entries(renderCsvTables(summary)))
      await expect(text).toMatchFileSnapshot(`__snapshots__/demo-${name}`);
  });

  it('prints the SHA-256 of the JSON it was rendered from', () => {
    const sha = sha256Hex(summaryJson(summary));
    expect(renderMarkdown(reportData(summary))).toContain(sha);
    expect(renderHtml(reportData(summary))).toContain(sha);
  });

  it('opens in headless Chromium with no console error, no request and no script', async () => {
    const visit = await visitHtml(renderHtml(reportData(summary)));
    expect(visit).toMatchObject({
      consoleErrors: [],
      requests: [],
      dialogs: [],
      title: 'Due-diligence report: demo',
    });
    expect(visit.text).toContain('Off-boarding scenario: the top two key people leave');
  });

  it('prints to a paginated PDF with a header and page numbers', async () => {
    const out = await mkdtemp(join(tmpdir(), 'diligent-pdf-'));
    try {
      const pdf = join(out, 'report.pdf');
      await writeFile(pdf, await renderPdf(renderHtml(reportData(summary)), 'Due-diligence report: demo'));
      expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
      const pages = await pdfPages(pdf);
      expect(pages).toHaveLength(6);
      expect(await pdfPageImages(pdf, out)).toHaveLength(6);
      pages.forEach((page, i) => {
        expect(page).toContain('Due-diligence report: demo');
        expect(page).toContain(`Page ${i + 1} of 6`);
      });
      expect(pages[0]).toContain('1. Executive summary');
      expect(pages[1]).toContain('2. Top risks');
      expect(pages.join('\n')).toContain('Audit trail');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
