import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Page images of a PDF (pdftoppm, PNG at 40 dpi) written into `dir`; returns their file names. */
export async function pdfPageImages(pdfPath: string, dir: string): Promise<string[]> {
  await run('pdftoppm', ['-r', '40', '-png', pdfPath, `${dir}/page`]);
  return (await readdir(dir)).filter((name) => name.endsWith('.png')).sort();
}

/** The text of a PDF, page by page (pdftotext separates pages with a form feed). */
export async function pdfPages(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-']);
  return stdout.split('\f').filter((page) => page.trim() !== '');
}
