// Handing a file to the adviser from the renderer. A data: URL with the download attribute works
// in the browser and in the desktop app alike: the app's session filter admits data: but not
// blob: (a blob: address would be cancelled there), and a download is not a navigation, so the
// CSP's default-src 'none' does not stand in the way.

export const jsonDataUrl = (json: string): string => `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;

export const downloadText = (fileName: string, json: string): void => {
  const link = document.createElement('a');
  link.href = jsonDataUrl(json);
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
};

/** Hands over a file the services made: text (CSV keeps its byte-order mark) or base64 bytes (XLSX). */
export const downloadFile = (fileName: string, mime: string, content: { text: string } | { base64: string }): void => {
  const link = document.createElement('a');
  link.href = 'text' in content ? `data:${mime};charset=utf-8,${encodeURIComponent(content.text)}` : `data:${mime};base64,${content.base64}`;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
};

/** Reads a chosen file as text, refusing anything that cannot be an arrangement export. */
export const readChosenFile = async (file: File, maxChars: number): Promise<{ ok: true; text: string } | { ok: false; reason: 'too-large' | 'unreadable' }> => {
  // Bytes bound characters from above: refuse before reading a huge file into memory.
  if (file.size > maxChars * 4) return { ok: false, reason: 'too-large' };
  try {
    const text = await file.text();
    return text.length > maxChars ? { ok: false, reason: 'too-large' } : { ok: true, text };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
};
