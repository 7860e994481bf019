import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { escapeHtml } from './html-template.ts';

/** Debian's Chromium; playwright-core never downloads a browser. `DILIGENT_CHROMIUM` overrides. */
export function chromiumPath(): string {
  return process.env.DILIGENT_CHROMIUM ?? '/usr/bin/chromium';
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Prints the report's HTML to PDF with headless Chromium: A4, a header with the title and a footer
 * with page numbers on every page. Every request is refused: the HTML is self-contained.
 */
export async function renderPdf(reportHtml: string, title: string): Promise<Buffer> {
  const profile = await mkdtemp(join(tmpdir(), 'diligent-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: chromiumArgs,
      headless: true,
      offline: true,
    });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(reportHtml, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="font-size:8px;width:100%;padding:0 12mm;color:#555;font-family:sans-serif">${escapeHtml(title)}</div>`,
        footerTemplate:
          '<div style="font-size:8px;width:100%;padding:0 12mm;color:#555;font-family:sans-serif;text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
        margin: { top: '16mm', bottom: '16mm', left: '12mm', right: '12mm' },
      });
    } finally {
      await context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
