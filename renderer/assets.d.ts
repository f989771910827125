// Vite bundles imported stylesheets into files of the build; TypeScript only needs to know
// that such imports exist.
declare module '*.css';
