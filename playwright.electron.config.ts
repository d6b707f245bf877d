import { defineConfig } from '@playwright/test';

/**
 * The Electron smoke test (tests/electron): the packaged app that KENES_APP_EXECUTABLE names, on
 * the release workflow's runners. Kept apart from playwright.config.ts so the end-to-end run in
 * Chromium never picks it up. Without a packaged app every test is skipped and globalSetup prints
 * one line saying why.
 */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results-electron',
  globalSetup: './tests/electron/globalSetup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  reporter: [['line']],
});
