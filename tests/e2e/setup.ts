/**
 * The set-up every end-to-end spec shares: a new data folder for each test, the app opened on it
 * and closed after the test, what the page logs watched where a spec asks, and the app opened with
 * a new vault (the set-up wizard) and a new psychologist signed in, in one language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConsoleMessage, type Page, expect, test } from '@playwright/test';
import { type OpenedApp, openApp } from './harness';
import { KDF_COST, type Language, setUp, signInAsNewPsychologist } from './steps';

/** The ports and clock a test may give the backend; the data folder and the cheap KDF come from here. */
export type AppOptions = Omit<Parameters<typeof openApp>[1], 'dataDir' | 'kdfCost'>;

/**
 * Collects what the page logs that a person would not want: a Content-Security-Policy violation,
 * a refused load, a console error or an uncaught exception. The returned list fills as they come.
 */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    const line = message.text();
    // The harness serves the app from an http origin, where Chromium ignores COOP; Electron's app:// is secure.
    if (/Cross-Origin-Opener-Policy header has been ignored/.test(line)) return;
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(line) || message.type() === 'error')
      problems.push(`${message.type()}: ${line}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

export type AppPerTest = {
  /** The app on this test's data folder, at the set-up wizard (a new vault). */
  open(page: Page, options?: AppOptions): Promise<OpenedApp>;
  /**
   * The app with a vault set up in `language` and a new psychologist signed in with their own
   * password (the account made through the backend, see signInAsNewPsychologist).
   */
  openAsPsychologist(page: Page, language: Language, options?: AppOptions): Promise<OpenedApp>;
};

/**
 * Registers the spec's beforeEach/afterEach: each test gets an empty data folder (named after
 * `name`), its app is closed and the folder removed afterwards. With `failOnConsoleProblems`, a
 * test fails if its page broke the CSP or logged an error (see watchConsole).
 */
export function appPerTest(name: string, options: { failOnConsoleProblems?: boolean } = {}): AppPerTest {
  let dataDir = '';
  let app: OpenedApp | null = null;
  let problems: string[] = [];

  test.beforeEach(({ page }) => {
    dataDir = mkdtempSync(join(tmpdir(), `kenes-e2e-${name}-`));
    problems = options.failOnConsoleProblems ? watchConsole(page) : [];
  });

  test.afterEach(async () => {
    await app?.close();
    app = null;
    rmSync(dataDir, { recursive: true, force: true });
    expect(problems).toEqual([]);
  });

  const open = async (page: Page, appOptions: AppOptions = {}): Promise<OpenedApp> => {
    if (app) throw new Error('the app is already open in this test');
    app = await openApp(page, { ...appOptions, dataDir, kdfCost: KDF_COST });
    return app;
  };

  return {
    open,
    async openAsPsychologist(page, language, appOptions) {
      const opened = await open(page, appOptions);
      await setUp(page, language, false);
      await signInAsNewPsychologist(page, opened.backend, language);
      return opened;
    },
  };
}
