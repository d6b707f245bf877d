import { defineConfig } from '@playwright/test';

/**
 * The Electron smoke tests (tests/electron), on the release workflow's runners: packagedApp.spec.ts
 * starts the packaged app that KENES_APP_EXECUTABLE names; drivenApp.spec.ts drives the unpackaged
 * build (out/) with node_modules' Electron through Playwright's _electron.launch. Kept apart from
 * playwright.config.ts so the end-to-end run in Chromium never picks them up. Where a spec cannot
 * run (no packaged app, no Electron binary) its tests are skipped and globalSetup prints one line
 * per spec file saying why.
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
