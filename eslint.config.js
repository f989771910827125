// Lint, and above all the process boundaries (see docs/TEAM-BRIEF.md): what may import what is
// checked here so CI fails on the first renderer file that reaches for `fs` or `electron`.
// No type-aware rules: lint stays fast enough to run on every save and in CI.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every Node built-in by bare name (fs, fs/promises, path, child_process, ...); `node:*` is a
// pattern below. builtinModules lists prefix-only modules (node:sqlite) with their prefix.
const nodeBuiltins = [...new Set(builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:')))];
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const messages = {
  electron: 'Only electron/main.ts and electron/preload.ts may import electron; put logic in a plain-Node module and inject what it needs.',
  node: 'This code runs in the browser or must stay pure: no Node built-ins here.',
  dir: (dir) => `This folder may not import from ${dir}/ (process boundary, see docs/TEAM-BRIEF.md).`,
};

/** A relative import that climbs out to the top-level folder `dir` (../db/x, ../../electron/y). */
const upTo = (dir) => `^(\\./)?(\\.\\./)+${dir}(/|$)`;

/**
 * One complete no-restricted-imports setting per folder (a later config object replaces the
 * rule's options instead of merging them, so each folder states all of its limits).
 */
function boundaries({ electron = false, electronTypesOk = false, node = false, dirs = [] }) {
  const paths = [];
  const patterns = [];
  if (electron) paths.push({ name: 'electron', message: messages.electron, allowTypeImports: electronTypesOk });
  if (node) {
    for (const name of nodeBuiltins) paths.push({ name, message: messages.node });
    patterns.push({ group: ['node:*'], message: messages.node });
  }
  for (const dir of dirs) patterns.push({ regex: upTo(dir), message: messages.dir(dir) });
  return { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] };
}

/** no-restricted-imports does not see import() or require(); these selectors do. */
function dynamicBoundaries({ node = false, dirs = [] }) {
  const banned = ['electron', ...(node ? nodeBuiltins.map(escapeRegex) : [])];
  const selectors = [
    {
      selector: 'CallExpression[callee.name="require"]',
      message: 'ESM only: use import, not require().',
    },
    {
      selector: `ImportExpression[source.value=/^(${banned.join('|')})(\\u002F.*)?$/]`,
      message: 'Dynamic import of electron or a Node built-in is not allowed here.',
    },
  ];
  if (node) selectors.push({ selector: 'ImportExpression[source.value=/^node:/]', message: messages.node });
  for (const dir of dirs) {
    selectors.push({
      selector: `ImportExpression[source.value=/${upTo(dir).replaceAll('/', '\\u002F')}/]`,
      message: messages.dir(dir),
    });
  }
  return { 'no-restricted-syntax': ['error', ...selectors] };
}

const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'XMLHttpRequest', 'indexedDB'];
const nodeGlobals = ['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global'];
const restrictedGlobals = (names, why) => ['error', ...names.map((name) => ({ name, message: why }))];

// shared/ in layers, lowest first: a folder may import from its own layer and below, never
// from above, so the pack format never depends on the matcher that evaluates it and nothing
// below the contract reaches up into it (issue 8.6). A piece two layers need moves down.
const sharedLayers = [
  ['dates', 'regions', 'validation', 'data'],
  ['case'],
  ['packs', 'apk'],
  ['labels'],
  ['matcher'],
  ['contract'],
  // The supervisor reports sit beside the arrangements: both build on the contract.
  ['arrangements', 'reports'],
];
const layerMessage = (dir) => `shared/ is layered (see sharedLayers in eslint.config.js): this folder sits below ${dir}/ and may not import from it. Move the piece both need down a layer.`;

/** Per layer, the shared/ limits plus the folders above it (complete options, see boundaries()). */
function sharedLayerConfigs() {
  const base = { electron: true, node: true, dirs: ['db', 'electron', 'renderer'] };
  return sharedLayers.flatMap((layer, i) => {
    const above = sharedLayers.slice(i + 1).flat();
    if (above.length === 0) return [];
    const [level, options] = boundaries(base)['@typescript-eslint/no-restricted-imports'];
    const patterns = [...options.patterns, ...above.map((dir) => ({ regex: upTo(dir), message: layerMessage(dir) }))];
    const [syntaxLevel, ...selectors] = dynamicBoundaries(base)['no-restricted-syntax'];
    for (const dir of above) {
      selectors.push({ selector: `ImportExpression[source.value=/${upTo(dir).replaceAll('/', '\\u002F')}/]`, message: layerMessage(dir) });
    }
    return [{
      files: layer.map((dir) => `shared/${dir}/**`),
      rules: {
        '@typescript-eslint/no-restricted-imports': [level, { ...options, patterns }],
        'no-restricted-syntax': [syntaxLevel, ...selectors],
      },
    }];
  });
}

// renderer/ in layers, lowest first, as for shared/: the shell (app/) composes the features;
// a feature uses the layers below it and never the shell or another feature (issue 8.6); what
// two features share moves down into components/ or data/.
const rendererLayers = [['i18n', 'theme'], ['bridge'], ['data'], ['components'], ['features'], ['app']];
const rendererFeatures = readdirSync(new URL('./renderer/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const rendererLayerMessage = (dir) =>
  `renderer/ is layered (see rendererLayers in eslint.config.js): this folder sits below ${dir}/ and may not import from it. Move the piece both need down into components/ or data/.`;
const featureMessage = (other) =>
  `A feature may not import another feature (here: features/${other}/). Move what both need down into components/ or data/, or let the shell (app/) compose them.`;
/** A relative import that reaches the feature folder `name` (../name/x from a sibling, ../../features/name/x). */
const toFeature = (name) => `^(\\./)?(\\.\\./)+(features/)?${name}(/|$)`;

/** Per renderer layer (and per feature), the renderer's limits plus what lies above or beside it. */
function rendererLayerConfigs() {
  const base = { electron: true, node: true, dirs: ['db', 'electron'] };
  const config = (files, forbidden) => {
    const [level, options] = boundaries(base)['@typescript-eslint/no-restricted-imports'];
    const patterns = [...options.patterns, ...forbidden.map(({ regex, message }) => ({ regex, message }))];
    const [syntaxLevel, ...selectors] = dynamicBoundaries(base)['no-restricted-syntax'];
    for (const { regex, message } of forbidden) {
      selectors.push({ selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\u002F')}/]`, message });
    }
    return { files, rules: { '@typescript-eslint/no-restricted-imports': [level, { ...options, patterns }], 'no-restricted-syntax': [syntaxLevel, ...selectors] } };
  };
  const layered = rendererLayers.flatMap((layer, i) => {
    const above = rendererLayers.slice(i + 1).flat();
    if (above.length === 0 || layer.includes('features')) return [];
    return [config(layer.map((dir) => `renderer/${dir}/**`), above.map((dir) => ({ regex: upTo(dir), message: rendererLayerMessage(dir) })))];
  });
  const features = rendererFeatures.map((name) =>
    config([`renderer/features/${name}/**`], [
      { regex: upTo('app'), message: rendererLayerMessage('app') },
      ...rendererFeatures.filter((other) => other !== name).map((other) => ({ regex: toFeature(other), message: featureMessage(other) })),
    ]),
  );
  return [...layered, ...features];
}

export default defineConfig([
  {
    ignores: ['dist/', '.cache/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', 'release/', 'out/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // renderer/: runs in the (sandboxed) browser page; talks to main only through the bridge.
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...boundaries({ electron: true, node: true, dirs: ['db', 'electron'] }),
      ...dynamicBoundaries({ node: true, dirs: ['db', 'electron'] }),
      'no-restricted-globals': restrictedGlobals(nodeGlobals, 'The renderer has no Node: use the bridge.'),
    },
  },
  ...rendererLayerConfigs(),

  // shared/: pure code used by both sides; no I/O, no DOM, no Node, no Electron.
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      ...boundaries({ electron: true, node: true, dirs: ['db', 'electron', 'renderer'] }),
      ...dynamicBoundaries({ node: true, dirs: ['db', 'electron', 'renderer'] }),
      'no-restricted-globals': restrictedGlobals(
        [...domGlobals, ...nodeGlobals],
        'shared/ is pure and runs on both sides: pass what you need in as a parameter.',
      ),
    },
  },
  ...sharedLayerConfigs(),

  // db/: plain Node; the store knows nothing of Electron or the UI.
  {
    files: ['db/**'],
    rules: {
      ...boundaries({ electron: true, dirs: ['renderer'] }),
      ...dynamicBoundaries({ dirs: ['renderer'] }),
    },
  },

  // electron/: plain Node except main.ts and preload.ts, so the rest is testable without the
  // Electron binary. Type-only imports of electron are harmless (erased at build time).
  {
    files: ['electron/**'],
    rules: {
      ...boundaries({ electron: true, electronTypesOk: true, dirs: ['renderer'] }),
      ...dynamicBoundaries({ dirs: ['renderer'] }),
    },
  },
  {
    files: ['electron/main.ts'],
    rules: boundaries({ dirs: ['renderer'] }),
  },
  // The preload runs sandboxed: Electron lets it require only 'electron' (and a few polyfills).
  {
    files: ['electron/preload.ts'],
    rules: boundaries({ node: true, dirs: ['renderer', 'db'] }),
  },
]);
