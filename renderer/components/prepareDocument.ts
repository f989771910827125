// The client's document (arrangements.document) arrives as one self-contained HTML page with an
// inline stylesheet. Our CSP (style-src 'self') is inherited by an <iframe srcdoc> and even by
// DOMParser, so the browser would refuse that stylesheet and report a violation. So the
// stylesheet text is lifted out of the HTML before anything parses it (and later applied through
// the CSSOM, which the CSP does not govern); the rest is parsed inertly and everything that could
// run or load something is removed. Browser only (DOMParser); no dependence on React.

export interface PreparedDocument {
  /** The document without <style>, scripts, embeds, event handlers or style attributes. */
  readonly srcdoc: string;
  /** The text of its stylesheets, to adopt as a constructed stylesheet. */
  readonly css: string;
  readonly title: string;
}

const REMOVE = 'style, script, noscript, link, iframe, frame, object, embed, base, meta[http-equiv], form';

const STYLE_ATTRIBUTE = /\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
const TAG_NAME = /^<([a-z][a-z0-9-]*)/i;
const STYLE_END = /<\/style\s*>/gi;
const isLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/**
 * The stylesheet texts, and the HTML without them or any style attribute. One pass from left to
 * right that never looks back, so the time grows with the length of the document, whatever it
 * holds (a pattern like /<[a-z][^>]*>/g restarted at every "<a" and took seconds on 50,000).
 */
export const liftStyles = (html: string): { css: string; rest: string } => {
  const css: string[] = [];
  const out: string[] = [];
  let i = 0;
  // Once no "</style>" follows some point, none follows any later point either.
  let closingAfter = true;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) break;
    out.push(html.slice(i, open));
    if (!isLetter(html[open + 1])) {
      // Text such as "3 < 4": not a tag.
      out.push('<');
      i = open + 1;
      continue;
    }
    const close = html.indexOf('>', open);
    if (close === -1) {
      // A tag that never ends: the rest is text, as the browser's parser would keep it.
      i = open;
      break;
    }
    const tag = html.slice(open, close + 1);
    if (TAG_NAME.exec(tag)?.[1]?.toLowerCase() === 'style' && closingAfter) {
      STYLE_END.lastIndex = close + 1;
      const end = STYLE_END.exec(html);
      if (end) {
        css.push(html.slice(close + 1, end.index));
        i = end.index + end[0].length;
        continue;
      }
      closingAfter = false;
    }
    // Only inside tags: text that happens to read " style=" is left alone.
    out.push(tag.replace(STYLE_ATTRIBUTE, ''));
    i = close + 1;
  }
  out.push(html.slice(i));
  return { css: css.join('\n'), rest: out.join('') };
};

export const prepareDocument = (html: string, parser: DOMParser = new DOMParser()): PreparedDocument => {
  const { css, rest } = liftStyles(html);
  const doc = parser.parseFromString(rest, 'text/html');
  for (const node of doc.querySelectorAll(REMOVE)) node.remove();
  for (const element of doc.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcset') element.removeAttribute(attribute.name);
      else if ((name === 'href' || name === 'src') && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) element.removeAttribute(attribute.name);
    }
  }
  return { srcdoc: `<!doctype html>\n${doc.documentElement.outerHTML}`, css, title: doc.title };
};

/** Applies the lifted stylesheet inside the frame's own document (the sheet must be built there). */
export const adoptStyles = (frame: HTMLIFrameElement, css: string): boolean => {
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) return false;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
  return true;
};
