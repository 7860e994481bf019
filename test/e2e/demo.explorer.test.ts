import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { tempDir, type TempDir } from '@diligent/fixtures';
import { runCli } from '../support/run-cli.ts';
import { launchChromium } from '../support/headless-chromium.ts';
import { startExplorer } from '../support/explorer-server.ts';

const artifacts = fileURLToPath(new URL('../artifacts/demo-explorer/', import.meta.url));

describe('the explorer over the demo fixture, in headless Chromium', () => {
  let db: TempDir;
  let app: FastifyInstance;
  let url: string;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: `${artifacts}${name}.png`, fullPage: true });

  beforeAll(async () => {
    db = await tempDir();
    expect((await runCli(['demo', '--no-serve', '--db', db.path])).code).toBe(0);
    ({ app, url } = await startExplorer(db.path));
    await mkdir(artifacts, { recursive: true });
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.cleanup();
  });

  it('overview → repo → top hotspot → file panel → people → two departures', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

    await page.goto(url);
    const overview = page.getByTestId('deal-overview');
    await overview.waitFor();
    await expect(overview.getByTestId('repo-row-demo').innerText()).resolves.toContain('3,660');
    // Hotspot concentration of the configured window (hotspot_summary): 49 of 216 changes.
    await expect(overview.getByTestId('repo-row-demo').innerText()).resolves.toContain('23% (1y)');
    await shot('1-overview');

    await overview.getByRole('button', { name: 'demo' }).click();
    const map = page.getByTestId('hotspot-map');
    await map.waitFor();
    await expect(map.getAttribute('data-file-count')).resolves.toBe('77');
    // The lock file and the two vendored files are left out, as in every total, until asked for.
    await expect(map.getAttribute('data-shown-count')).resolves.toBe('74');
    await page.getByTestId('show-all').check();
    await expect.poll(() => map.getAttribute('data-shown-count')).toBe('77');
    expect(new URL(page.url()).searchParams.get('all')).toBe('1');
    await page.getByTestId('show-all').uncheck();
    await expect.poll(() => map.getAttribute('data-shown-count')).toBe('74');
    await expect(page.getByTestId('window-select').locator('option').allInnerTexts()).resolves.toEqual([
      '6 months',
      '1 year',
      'all history',
    ]);
    await expect(page.getByTestId('hotspot-0').innerText()).resolves.toBe(
      'services/billing/src/invoice-calculator.ts',
    );
    await expect(page.getByTestId('top-hotspots').locator('li').first().innerText()).resolves.toContain(
      '100.0 · 20 changes · 152 lines',
    );
    await page.getByTestId('map-canvas').hover({ position: { x: 200, y: 200 } });
    await page.getByTestId('map-tooltip').waitFor();
    await shot('2-map');

    await page.getByTestId('hotspot-0').click();
    const panel = page.getByTestId('file-panel');
    await panel.waitFor();
    await expect(panel.getByTestId('file-path').innerText()).resolves.toBe(
      'services/billing/src/invoice-calculator.ts',
    );
    await expect(panel.getByTestId('metric-code_lines').locator('dd').innerText()).resolves.toBe('152');
    await expect(panel.getByTestId('metric-commits').locator('dd').innerText()).resolves.toBe('75');
    await expect(panel.getByTestId('metric-cyclomatic_sum').locator('dd').innerText()).resolves.toBe('65');
    await expect(
      panel.getByTestId('file-functions').locator('tbody tr').first().innerText(),
    ).resolves.toContain('calculateInvoice');
    expect(page.url()).toContain('file=services%2Fbilling%2Fsrc%2Finvoice-calculator.ts');
    await shot('3-file-panel');

    await page.getByTestId('tab-people').click();
    await page.getByTestId('people-table').waitFor();
    await expect(page.getByTestId('truck-factor-before').innerText()).resolves.toBe('2');
    await shot('4-people');

    await page.getByTestId('leave-alice@acme-pay.com').check();
    await page.getByTestId('leave-bob@acme-pay.com').check();
    await page.getByTestId('simulate').click();
    await page.getByTestId('simulation-result').waitFor();
    await expect(page.getByTestId('truck-factor-after').innerText()).resolves.toBe('0');
    await expect(page.getByTestId('orphaned-after').innerText()).resolves.toBe('51');
    await shot('5-departures');

    expect(errors).toEqual([]);
  });

  it('restores a shared link: repo, metric, window, zoom and file come from the URL', async () => {
    const link = `${url}?repo=demo&view=map&metric=main-dev&window=all&zoom=services%2Fbilling&file=services%2Fbilling%2Fsrc%2Fdunning.ts`;
    await page.goto(link);
    await page.getByTestId('file-panel').waitFor();
    await expect(page.getByTestId('metric-select').inputValue()).resolves.toBe('main-dev');
    await expect(page.getByTestId('window-select').inputValue()).resolves.toBe('all');
    await expect(page.getByTestId('map-breadcrumb').innerText()).resolves.toContain('billing');
    await expect(page.getByTestId('hotspot-map').getAttribute('data-file-count')).resolves.toBe('77');
    await expect(page.getByTestId('map-legend').innerText()).resolves.toContain('alice@acme-pay.com');
    await shot('6-shared-link');
  });

  it('finds a file with the type-ahead search (/ focuses it)', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('rate-lim');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('file-path').innerText()).resolves.toBe(
      'services/gateway/src/rate-limiter.ts',
    );
  });

  it('shows coupling and trends', async () => {
    await page.getByTestId('tab-coupling').click();
    await page.getByTestId('component-matrix').waitFor();
    // The `coupling` table of the window the shared link chose (all): 15 pairs, strongest first.
    const rows = page.getByTestId('coupling-view').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(15);
    await expect(rows.first().innerText()).resolves.toBe(
      'services/accounts/src/session.test.ts\tservices/accounts/src/session.ts\t72%\t12',
    );
    await shot('7-coupling');
    await page.getByTestId('tab-trends').click();
    await page.getByTestId('trends-view').waitFor();
    await expect(page.getByTestId('trends-view').locator('svg rect').count()).resolves.toBeGreaterThan(100);
    await shot('8-trends');
  });

  it('lists dependencies with a filter, and the license findings', async () => {
    await page.goto(`${url}?repo=demo&view=dependencies`);
    await expect(page.getByTestId('dependency-count').innerText()).resolves.toBe('92 dependencies');
    await expect(page.getByTestId('license-findings').locator('tbody tr').innerText()).resolves.toContain(
      'vendor/decimal-lite/LICENSE',
    );
    await page.getByTestId('dependency-kind').selectOption('transitive');
    await page.getByTestId('dependency-scope').selectOption('dev');
    await page.getByTestId('dependency-search').fill('fill');
    await expect(page.getByTestId('dependency-table').locator('tbody tr').first().innerText()).resolves.toBe(
      'npm\tfill-range\t5.2.0\ttransitive\tdev\tpackage-lock.json\t–',
    );
    await shot('9-dependencies');
  });

  it('renders a value full of markup as text', async () => {
    await page.goto(`${url}?repo=demo&file=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    await page.getByText('not found: file <img src=x onerror=alert(1)>').waitFor();
    await expect(page.locator('img').count()).resolves.toBe(0);
  });
});
