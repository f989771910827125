// What only the desktop shell can do for the services. Passed in by electron/main.ts; the
// loopback bridge (browser mode, e2e tests) has none, so the ops that need them answer with a
// typed 'unavailable' failure and the renderer offers its print view instead.

export interface ServiceCapabilities {
  /** Renders one self-contained HTML document to PDF bytes (Chromium printToPDF, A4). */
  printPdf?(html: string): Promise<Uint8Array>;
  /**
   * Asks the adviser where to save (a save dialog suggesting `suggestedName`) and writes the
   * bytes there. Resolves to the chosen path, or null when the adviser cancelled.
   */
  saveFile?(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
}
