import { expect, test } from '@playwright/test';
import { docShot } from './harness';
import { appPerTest } from './setup';
import { type Language, PEOPLE, text } from './steps';

/**
 * A part of the app that cannot be loaded (its file missing or unreadable) or that fails while
 * rendering takes only its own place: the header with Lock, and the navigation, stay; the place says
 * what happened and offers to try again (renderer/components/ErrorBoundary.tsx, shell/PartFailed.tsx,
 * shell/lazyNamed.ts). Before, the whole window went blank.
 * Screenshots: test-results/screenshots/part-failed-<language>.png.
 */

// Not failing on console errors: the failed load is reported there by Chromium and React.
const apps = appPerTest('part-failed');

for (const language of ['kk', 'ru'] as const satisfies readonly Language[]) {
  test(`an area whose file cannot be loaded says so in its place; the rest of the window stays, and Try again loads it (${language})`, async ({
    page,
  }) => {
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    await apps.openAsPsychologist(page, language);

    let broken = true;
    await page.route(/\/GroupsPage-[^/]*\.js$/, (route) => (broken ? route.abort('failed') : route.fallback()));
    const navigation = page.getByRole('navigation', { name: t('nav.label') });
    await navigation.getByRole('button', { name: t('groups.nav') }).click();

    const failed = page.getByRole('main').getByRole('alert');
    await expect(failed.getByRole('heading', { name: t('common.partFailed.title') })).toBeFocused();
    await expect(failed).toContainText(t('common.partFailed.body'));
    await expect(page.getByRole('banner').getByRole('button', { name: t('shell.lock') })).toBeEnabled();
    await expect(navigation.getByRole('button', { name: t('groups.nav') })).toHaveAttribute('aria-current', 'page');
    await docShot(page, `part-failed-${language}`, { fullPage: false });

    // Another area works, and coming back still says what happened while the file is unreadable.
    await navigation.getByRole('button', { name: t('nav.home') }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: t('home.title', { name: PEOPLE[language].psychologist }) }),
    ).toBeVisible();
    await navigation.getByRole('button', { name: t('groups.nav') }).click();
    await expect(failed.getByRole('heading', { name: t('common.partFailed.title') })).toBeVisible();

    // The file is readable again. The browser remembers a failed load, so Try again reloads the
    // window: still signed in (the backend keeps the session), and the area loads.
    broken = false;
    await failed.getByRole('button', { name: t('common.retry') }).click();
    await expect(navigation).toBeVisible();
    await navigation.getByRole('button', { name: t('groups.nav') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('groups.list.title') })).toBeVisible();
    await expect(failed).toHaveCount(0);
  });
}
