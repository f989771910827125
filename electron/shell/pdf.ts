// PDF export for the desktop app: the client document (one self-contained HTML page) is
// rendered by Chromium in a hidden window with JavaScript off, then saved where the adviser
// chooses. Plain Node with the Electron pieces injected, so main.ts stays glue and this is
// tested without the Electron binary.
import type { ServiceCapabilities } from '../services/capabilities.ts';

export interface PrintOptions {
  pageSize: 'A4';
  printBackground: boolean;
  preferCSSPageSize: boolean;
  /** A tagged PDF: headings, lists and tables keep their structure for screen readers. */
  generateTaggedPDF: boolean;
}

/**
 * How the client's document is printed. Tagged, because a client who reads with a screen reader
 * must get the headings, the table of who pays what and the steps as such, not loose text.
 */
export const printOptions = (): PrintOptions => ({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true });

export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    printToPDF(options: PrintOptions): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface PdfDeps {
  openPrintWindow(): PrintWindow;
  /** A save dialog suggesting `suggestedName`; null when the adviser cancels. */
  askSavePath(suggestedName: string): Promise<string | null>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

/**
 * The hidden window's settings: no preload, no Node, sandboxed, and no JavaScript at all (the
 * document has none; this makes sure nothing in it could run). Written out in full for review.
 */
export function printWindowOptions() {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: false,
    },
  };
}

/** A data: URL needs no file on disk and is allowed by the session's request filter. */
export const documentDataUrl = (html: string): string => `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;

export function createPdfCapabilities(deps: PdfDeps): Required<ServiceCapabilities> {
  return {
    async printPdf(html) {
      const win = deps.openPrintWindow();
      try {
        await win.loadURL(documentDataUrl(html));
        return await win.webContents.printToPDF(printOptions());
      } finally {
        win.destroy();
      }
    },
    async saveFile(suggestedName, bytes) {
      const path = await deps.askSavePath(suggestedName);
      if (path === null) return null;
      await deps.writeFile(path, bytes);
      return path;
    },
  };
}
