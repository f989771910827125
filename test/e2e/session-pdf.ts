// The client's PDF as the desktop app makes it: the one HTML template (arrangements.document)
// printed by Chromium to A4. Here Playwright's page.pdf() does the printing, on a blank page of
// its own (the document carries its own CSP and needs nothing from the app), and pdftotext /
// pdftoppm read the result back, so the test checks the PDF, not the HTML.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { normaliseSpaces } from './session-seed.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const printPdf = async (context: BrowserContext, html: string, fileName: string): Promise<string> => {
  const outDir = path.join(repoRoot, 'test-results');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, fileName);
  const page = await context.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
  return file;
};

export const pdfText = (file: string): string => normaliseSpaces(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));

/** Page 1 as PNG at 80 dpi (pdftoppm adds "-1" to the name; the final name is returned). */
export const pdfPageOnePng = (file: string, outBase: string): string => {
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, outBase]);
  return `${outBase}.png`;
};
