import { type Page, expect, test } from '@playwright/test';
import { docShot } from './harness';
import { appPerTest } from './setup';
import { type Language, PEOPLE, PSYCHOLOGIST, text } from './steps';

/**
 * Issue 18 §6, a light first screen: the sign-in screen loads only its own code; each area loads the
 * first time it is opened, with a loading status in its place meanwhile and the header and navigation
 * usable (screenshots test-results/screenshots/first-screen-loading-<language>.png). What the first
 * screen's code holds is checked on the build (tests/integration/firstScreenBundle.test.ts); sizes
 * and times are the bench's.
 */

const apps = appPerTest('first-screen', { failOnConsoleProblems: true });

/** The renderer's script files the page has requested so far, by name (an area's chunk is named after its screen). */
function scriptsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') names.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  return names;
}
const chunksOf = (names: string[], screen: string) => names.filter((name) => name.startsWith(`${screen}-`));

for (const language of ['kk', 'ru'] as const satisfies readonly Language[]) {
  test(`the sign-in screen loads alone; each area loads when first opened, its place saying so meanwhile (${language})`, async ({
    page,
  }) => {
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    await apps.openAsPsychologist(page, language);
    await page
      .getByRole('banner')
      .getByRole('button', { name: t('shell.signOut') })
      .click();

    // A fresh window at the sign-in screen: none of the signed-in app's code comes with it.
    const scripts = scriptsOf(page);
    await page.reload();
    await expect(page.getByLabel(t('fields.username'), { exact: true })).toBeFocused();
    for (const screen of ['AppShell', 'HomePage', 'GroupsPage', 'DrawingsPage', 'SetupWizard', 'Recovery']) {
      expect(chunksOf(scripts, screen)).toEqual([]);
    }

    await page.getByLabel(t('fields.username'), { exact: true }).fill(PSYCHOLOGIST.username);
    await page.getByLabel(t('fields.password'), { exact: true }).fill(PSYCHOLOGIST.own);
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: t('home.title', { name: PEOPLE[language].psychologist }) }),
    ).toBeVisible();
    expect(chunksOf(scripts, 'AppShell')).toHaveLength(1);
    expect(chunksOf(scripts, 'GroupsPage')).toEqual([]);

    // Groups load slowly this time: the area says it is loading, the navigation stays.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/GroupsPage-[^/]*\.js$/, async (route) => {
      await released;
      await route.fallback();
    });
    const navigation = page.getByRole('navigation', { name: t('nav.label') });
    await navigation.getByRole('button', { name: t('groups.nav') }).click();
    const loading = page.getByRole('main').getByRole('status');
    await expect(loading).toHaveText(t('common.loading'));
    await expect(navigation.getByRole('button', { name: t('groups.nav') })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('banner').getByRole('button', { name: t('shell.lock') })).toBeEnabled();
    await docShot(page, `first-screen-loading-${language}`, { fullPage: false });

    release();
    await expect(page.getByRole('heading', { level: 1, name: t('groups.list.title') })).toBeVisible();
    await expect(loading).toHaveCount(0);
    expect(chunksOf(scripts, 'GroupsPage')).toHaveLength(1);

    // Back Home and to Groups again: the area is already loaded, nothing is fetched twice.
    await navigation.getByRole('button', { name: t('nav.home') }).click();
    await navigation.getByRole('button', { name: t('groups.nav') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('groups.list.title') })).toBeVisible();
    expect(chunksOf(scripts, 'GroupsPage')).toHaveLength(1);
  });
}
