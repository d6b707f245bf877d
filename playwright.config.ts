import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built renderer (npm run build:renderer) in Chromium, window.api routed
 * to a real backend in the test process (tests/e2e/harness.ts). Debian's chromium is used, so
 * nothing is downloaded; one worker, because each test runs real scrypt.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1280, height: 860 },
    locale: 'en-GB',
    // Our CSS turns transitions off for reduced motion, so screenshots never catch a bar mid-way.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
