import { defineConfig } from 'vitest/config';

// Two projects so CI can report unit and integration runs separately; e2e runs in Playwright.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Real scrypt and real encrypted databases: slower than unit tests, and one at a time
          // keeps memory of concurrent scrypt (256 MiB each) predictable on 2-core machines.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
