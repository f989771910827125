// The desktop PDF glue with fake Electron pieces: the document is loaded in a JavaScript-free
// hidden window as a data: URL, printed on A4, the window always destroyed, and the bytes
// written only where the adviser chose.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createPdfCapabilities, documentDataUrl, printOptions, printWindowOptions, type PrintWindow } from '../../electron/shell/pdf.ts';

function fakeWindow(fail = false) {
  const log: string[] = [];
  const win: PrintWindow = {
    loadURL: async (url) => {
      log.push(`load ${url.slice(0, 33)}`);
    },
    webContents: {
      printToPDF: async (options) => {
        log.push(`print ${JSON.stringify(options)}`);
        if (fail) throw new Error('printing failed');
        return new Uint8Array([37, 80, 68, 70]);
      },
    },
    destroy: () => log.push('destroy'),
  };
  return { win, log };
}

describe('PDF capabilities', () => {
  it('prints the HTML as a data URL on A4 and destroys the window, also when printing fails', async () => {
    const ok = fakeWindow();
    const caps = createPdfCapabilities({ openPrintWindow: () => ok.win, askSavePath: async () => null, writeFile: async () => {} });
    expect(await caps.printPdf('<p>€ 1.005,00</p>')).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(ok.log).toEqual([
      'load data:text/html;charset=utf-8,%3Cp',
      'print {"pageSize":"A4","printBackground":true,"preferCSSPageSize":true,"generateTaggedPDF":true}',
      'destroy',
    ]);
    expect(decodeURIComponent(documentDataUrl('<p>€ 1.005,00</p>').split(',').slice(1).join(','))).toBe('<p>€ 1.005,00</p>');

    const broken = fakeWindow(true);
    const failing = createPdfCapabilities({ openPrintWindow: () => broken.win, askSavePath: async () => null, writeFile: async () => {} });
    await expect(failing.printPdf('<p></p>')).rejects.toThrow('printing failed');
    expect(broken.log.at(-1)).toBe('destroy');
  });

  it('writes only after the adviser picked a place', async () => {
    const written: string[] = [];
    const caps = createPdfCapabilities({
      openPrintWindow: () => fakeWindow().win,
      askSavePath: async (name) => (name.startsWith('annuleer') ? null : `/tmp/${name}`),
      writeFile: async (path) => {
        written.push(path);
      },
    });
    expect(await caps.saveFile('annuleer.pdf', new Uint8Array([1]))).toBeNull();
    expect(await caps.saveFile('arrangement.pdf', new Uint8Array([1]))).toBe('/tmp/arrangement.pdf');
    expect(written).toEqual(['/tmp/arrangement.pdf']);
  });

  it('opens the print window without JavaScript, Node or a preload', () => {
    const { webPreferences, show } = printWindowOptions();
    expect(show).toBe(false);
    expect(webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(webPreferences).not.toHaveProperty('preload');
  });

  // Issue 12, item 11: a client with a screen reader needs the structure, so Chromium is asked
  // for a tagged PDF. Chromium here (Playwright's page.pdf, the same printing code) shows the
  // option takes effect on the client's document.
  it.skipIf(!existsSync('/usr/bin/chromium') || !existsSync('/usr/bin/pdfinfo'))('asks Chromium for a tagged PDF, and gets one', async () => {
    expect(printOptions()).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const dir = mkdtempSync(join(tmpdir(), 'arrangeur-tagged-'));
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false, offline: true })).newPage();
      await page.setContent('<!doctype html><html lang="nl"><body><h1>Zo betaalt u de opleiding</h1><table><tr><th>Wie</th><td>U zelf</td></tr></table></body></html>');
      const { pageSize: _a4, generateTaggedPDF } = printOptions();
      const file = join(dir, 'tagged.pdf');
      writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: generateTaggedPDF }));
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
