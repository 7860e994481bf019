import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../src/report/index.ts';

export interface PageVisit {
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
  title: string;
  text: string;
}

/** Opens HTML in headless Chromium and records console errors, network requests and dialogs. */
export async function visitHtml(html: string): Promise<PageVisit> {
  const profile = await mkdtemp(join(tmpdir(), 'diligent-test-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: chromiumArgs,
      headless: true,
    });
    const page = await context.newPage();
    const visit: PageVisit = { consoleErrors: [], requests: [], dialogs: [], title: '', text: '' };
    page.on('console', (m) => {
      if (m.type() === 'error') visit.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => visit.consoleErrors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('about:')) visit.requests.push(r.url());
    });
    page.on('dialog', (d) => {
      visit.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });
    visit.title = await page.title();
    visit.text = await page.innerText('body');
    return visit;
  } finally {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  }
}
