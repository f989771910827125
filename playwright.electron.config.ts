// Smoke and security tests of the real Electron app (built first: npm run build). They need
// the Electron binary, which cannot be downloaded on the CI machines here, so each test skips
// with a clear reason when it is missing. Browser-mode end-to-end tests: playwright.config.ts.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/electron-e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/electron-e2e-artifacts',
  use: { trace: 'retain-on-failure' },
});
