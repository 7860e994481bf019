import { launchChromium } from '../../chromium/launch-chromium.ts';
import { escapeHtml } from './html-template.ts';

/**
 * Prints the report's HTML to PDF with headless Chromium: A4, a header with the title and a footer
 * with page numbers on every page. Every request is refused: the HTML is self-contained.
 */
export async function renderPdf(reportHtml: string, title: string): Promise<Buffer> {
  const { context, close } = await launchChromium({ offline: true });
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
    await close();
  }
}
