// Debian's Chromium, driven by Playwright, prints a document the way the app's printToPDF does:
// JavaScript off, no network, A4 with the page's own CSS size. The document tests (arrangement,
// inzage, supervisor report) share this so they all print under the same conditions.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM = '/usr/bin/chromium';
/** Printing and reading back need Chromium and pdftotext; without them these tests skip. */
export const canPrint = existsSync(CHROMIUM) && existsSync('/usr/bin/pdftotext');

/** The PDF, and every URL the page asked for while it loaded (none should leave the page). */
export async function printToPdf(html: string): Promise<{ pdf: Buffer; requests: string[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return { pdf, requests };
  } finally {
    await browser.close();
  }
}
