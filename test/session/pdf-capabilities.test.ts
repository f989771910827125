// The desktop PDF glue with fake Electron pieces: the document is loaded in a JavaScript-free
// hidden window as a data: URL, printed on A4, the window always destroyed, and the bytes
// written only where the adviser chose.
import { describe, expect, it } from 'vitest';
import { createPdfCapabilities, documentDataUrl, printWindowOptions, type PrintWindow } from '../../electron/shell/pdf.ts';

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
      'print {"pageSize":"A4","printBackground":true,"preferCSSPageSize":true}',
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
});
