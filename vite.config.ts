// Builds renderer/ into dist/renderer. The output is served from app://arrangeur/ (Electron) and
// from the loopback bridge (browser mode, end-to-end tests), so asset paths must be relative.
import { defineConfig, type Plugin } from 'vite';

/**
 * @rijkshuisstijl-community/components-react (and some NL Design System candidate packages) inject
 * their whole stylesheet at import time through a runtime <style> element. Our CSP (style-src
 * 'self', no 'unsafe-inline') blocks that, and every start would log a CSP violation. We load the
 * same CSS as a file instead (renderer/styles.css), so the injection call is removed; the unused
 * CSS string is then dropped by the minifier. The e2e tests fail on any CSP violation.
 */
const dropRuntimeStyleInjection = (): Plugin => ({
  name: 'arrangeur:drop-runtime-style-injection',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('/node_modules/') || !code.includes('styleInject(')) return null;
    const next = code.replace(/^styleInject\(css_[0-9a-z]+\);$/gm, '');
    return next === code ? null : { code: next, map: null };
  },
});

/**
 * The same packages set `Component.displayName = '...'` at module level. Bundlers must treat
 * that property write as a side effect, so every component is kept, and with the Icon
 * component its whole icon set: the bundle carried ~300 KB we never use. displayName only
 * labels components in React DevTools; dropping it lets tree-shaking work (startup speed).
 */
const dropDisplayNames = (): Plugin => ({
  name: 'arrangeur:drop-display-names',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/node_modules\/@(rijkshuisstijl-community|utrecht|nl-design-system-candidate|amsterdam)\//.test(id)) return null;
    const next = code.replace(/^[A-Za-z_$][\w$]*\.displayName = (['"])[^'"\n]*\1;$/gm, '');
    return next === code ? null : { code: next, map: null };
  },
});

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [dropRuntimeStyleInjection(), dropDisplayNames()],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Chromium supports modulepreload natively; the polyfill would only add code.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs into scripts or styles; files are what the CSP expects.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'chrome130',
    rolldownOptions: {
      // components-react builds its icon sets with un-annotated jsx() calls at module level,
      // which keeps ~270 KB of SVG in the bundle though we show none of them. jsx() is pure.
      treeshake: { manualPureFunctions: ['jsx', 'jsxs'] },
    },
  },
});
