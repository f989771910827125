// Vitest would otherwise read vite.config.ts, whose root is renderer/ (the renderer build), and find
// no tests. Unit tests live in test/; the Playwright specs in test/e2e are not Vitest's.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'test/e2e/**', 'dist/**', '.cache/**'],
    environment: 'node',
  },
});
