// The page frame every printable document shares (the client's arrangement, the inzage
// document, the supervisor report): one self-contained HTML page with inline CSS and no script,
// printed to PDF by the same Chromium path. It lives here once so the print CSP and the frame
// cannot drift apart between documents.

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The whole page: `title` is plain text (escaped here, used for <title> and <h1>), `style` the
 * one <style> element's CSS, `body` the HTML after the heading, ending in a newline.
 */
export const printDocument = (title: string, style: string, body: string): string => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}</main>
</body>
</html>
`;
