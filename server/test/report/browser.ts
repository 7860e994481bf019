import { launchChromium, type HeadlessChromium } from '../../src/chromium/launch-chromium.ts';

export interface PageVisit {
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
  title: string;
  text: string;
}

/** Opens HTML in headless Chromium and records console errors, network requests and dialogs. */
export async function visitHtml(html: string): Promise<PageVisit> {
  let chromium: HeadlessChromium | undefined;
  try {
    chromium = await launchChromium();
    const page = await chromium.context.newPage();
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
    await chromium?.close();
  }
}
