import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { INSTRUMENTS } from '../../assessments/instruments';
import { docShot } from './harness';
import { definition, nameOf } from './instrumentSteps';
import { appPerTest } from './setup';
import { type Language, escapeRegExp, text } from './steps';

/**
 * Issue 19: About Kenes, as an institution's IT department reads it — version, build date and
 * commit, the instruments' licences, the SBOM of the shipped packages and their licence texts —
 * in each of the three languages (screenshots test-results/screenshots/about-<language>-*.png).
 * The files are the ones the renderer build wrote, served through the app's own file server.
 */

const apps = appPerTest('about', { failOnConsoleProblems: true });

const ROOT = resolve(import.meta.dirname, '../..');
const packageVersion = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const built = (file: string): unknown => JSON.parse(readFileSync(resolve(ROOT, 'out/renderer/about', file), 'utf8'));

async function openAbout(page: Page, language: Language): Promise<void> {
  await apps.openAsPsychologist(page, language);
  const t = (key: string) => text(language, key);
  await page
    .getByRole('navigation', { name: t('nav.label') })
    .getByRole('button', { name: t('nav.about') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('about.title') })).toBeFocused();
}

for (const language of ['kk', 'ru', 'en'] as const) {
  test(`shows the version, instrument licences, SBOM and licence texts in ${language}`, async ({ page }) => {
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    await openAbout(page, language);

    // The build: the version in package.json and the commit the build recorded.
    const build = built('build.json') as { commit: string };
    expect(build.commit).toMatch(/^([0-9a-f]{7,}|unknown)$/);
    await expect(page.getByTestId('about-version')).toHaveText(packageVersion);
    await expect(page.getByTestId('about-commit')).toHaveText(
      build.commit === 'unknown' ? t('about.build.commitUnknown') : build.commit,
    );
    await expect(page.getByRole('term').filter({ hasText: t('about.build.date') })).toBeVisible();

    // Instruments: the licence in this language, the copyright notice and the sources.
    const instruments = page.getByRole('table', { name: t('about.instruments.title') });
    const k10 = instruments.getByRole('row').filter({ hasText: nameOf('k10', language) });
    await expect(k10).toContainText(t(`instruments.licence.${definition('k10').licence.kind}`));
    await expect(k10).toContainText(definition('k10').licence.note[language].text);
    await expect(k10).toContainText('© World Health Organization 2003');
    await expect(k10).toContainText(definition('k10').sources[0]!.citation);
    await expect(instruments.getByRole('row')).toHaveCount(1 + INSTRUMENTS.length);

    // The SBOM: its format and size as in the shipped file, and the packages with their licences.
    const sbom = built('sbom.cdx.json') as { specVersion: string; components: unknown[] };
    const sbomPanel = page.getByRole('region', { name: t('about.sbom.title') });
    await expect(sbomPanel.getByRole('definition').filter({ hasText: `CycloneDX ${sbom.specVersion}` })).toBeVisible();
    await expect(sbomPanel.getByRole('definition').filter({ hasText: new RegExp(`^${sbom.components.length}$`) })).toBeVisible();
    const components = page.getByRole('table', { name: t('about.sbom.caption') });
    await expect(components.getByRole('row')).toHaveCount(1 + sbom.components.length);
    // zod is also used by development tools: npm sbom --omit dev would leave it out (npm/cli#7909).
    for (const name of ['react', 'better-sqlite3-multiple-ciphers', 'zod']) {
      await expect(components.getByRole('row', { name: new RegExp(`^${escapeRegExp(name)} `) })).toContainText('MIT');
    }
    await docShot(page, `about-${language}`, { fullPage: false });
    await page.evaluate(() => document.getElementById('about-sbom')?.closest('section')?.scrollIntoView({ block: 'start' }));
    await docShot(page, `about-${language}-sbom`, { fullPage: false });

    // A licence text opens from the list; a package without a licence file says so.
    const licences = page.getByRole('region', { name: t('about.licences.title') });
    await licences.getByText('react', { exact: true }).click();
    const reactText = licences.getByRole('region', { name: t('about.licences.textOf', { name: 'react', file: 'LICENSE' }) });
    await expect(reactText).toContainText('MIT License');
    await expect(reactText).toContainText('Copyright (c) Meta Platforms');
    await licences.getByText('client-only', { exact: true }).click();
    await expect(licences).toContainText(t('about.licences.noText', { licence: 'MIT' }));
    await reactText.evaluate((element) => element.closest('details')?.scrollIntoView({ block: 'start' }));
    await docShot(page, `about-${language}-licence`, { fullPage: false });
  });
}

test('the SBOM document and the licence texts can be read with the keyboard', async ({ page }) => {
  const t = (key: string, params?: Record<string, string | number>) => text('en', key, params);
  await openAbout(page, 'en');

  const showJson = page.getByText(t('about.sbom.showJson'));
  await showJson.focus();
  await page.keyboard.press('Enter');
  const json = page.getByRole('region', { name: t('about.sbom.json') });
  await expect(json).toContainText('"bomFormat": "CycloneDX"');
  await expect(json).toContainText('"name": "better-sqlite3-multiple-ciphers"');
  await page.keyboard.press('Tab');
  await expect(json).toBeFocused();

  const licences = page.getByRole('region', { name: t('about.licences.title') });
  await licences.locator('summary', { has: page.getByText('zod', { exact: true }) }).focus();
  await page.keyboard.press('Enter');
  await expect(
    licences.getByRole('region', { name: t('about.licences.textOf', { name: 'zod', file: 'LICENSE' }) }),
  ).toContainText('MIT License');
});
