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

const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;

/** The stylesheet texts, and the HTML without them or any style attribute. */
export const liftStyles = (html: string): { css: string; rest: string } => {
  const css: string[] = [];
  const rest = html
    .replace(STYLE_ELEMENT, (_whole, text: string) => {
      css.push(text);
      return '';
    })
    // Only inside tags: text that happens to read " style=" is left alone.
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(STYLE_ATTRIBUTE, ''));
  return { css: css.join('\n'), rest };
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
