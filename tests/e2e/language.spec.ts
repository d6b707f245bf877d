import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { definition, labelOf, openCatalogue, openDetail, openPractice } from './instrumentSteps';
import { appPerTest } from './setup';
import { type Language, text } from './steps';

/**
 * Issue 13 §8: the corrected Kazakh and Russian words as a psychologist reads them — the home page
 * tells what the menu holds today, the DAPR scales say «Еңсеру (копинг)», the HTP form says
 * «Егжей-тегжейі» and «Бет-әлпеті», the KFD task says «своей семьи» — and none of the rejected
 * variants of renderer/i18n/GLOSSARY.md is on those screens. Screenshots in kk and ru go to docs/screenshots/.
 */

const apps = appPerTest('language', { failOnConsoleProblems: true });

const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
async function docShot(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(DOC_SHOTS, `${name}.png`), fullPage: true });
}

/** What the review found on these screens (renderer/i18n/GLOSSARY.md); none may be shown any more. */
const REJECTED: Record<'kk' | 'ru', RegExp> = {
  kk: /қосылған сайын|Жеңу|Бөлшектелуі|Бет әлпеті|шоқ басы|үйлесімсіз|Беттің|құпия сөз|ұпай/iu,
  ru: /по мере их добавления|членов вашей семьи|Подразумеваемая энергия|сигнал безопасности/iu,
};

for (const language of ['kk', 'ru'] as const satisfies readonly Language[]) {
  test(`shows the corrected ${language} terms on the home page, in the catalogue and on a form`, async ({ page }) => {
    const t = (key: string) => text(language, key);
    await openCatalogue(page, apps, language);

    // Home: what the menu holds is true today (no "will appear as sections are added").
    await page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t('nav.home') })
      .click();
    await expect(page.getByText(t('home.orientation'))).toBeVisible();
    await expect(page.locator('main')).not.toContainText(REJECTED[language]);
    await docShot(page, `language-home-${language}`);

    // DAPR: the third count is «Еңсеру (копинг)» in Kazakh, «Совладание» in Russian.
    await page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t('instruments.nav') })
      .click();
    await openDetail(page, language, 'dapr');
    const coping = definition('dapr').scales.find((s) => s.id === 'coping')!;
    await expect(page.getByRole('heading', { level: 3, name: coping.name[language].text })).toBeVisible();
    expect(coping.name.kk.text).toBe('Еңсеру (копинг)');
    await expect(page.locator('main')).not.toContainText(REJECTED[language]);
    await page.getByRole('heading', { level: 3, name: coping.name[language].text }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(DOC_SHOTS, `language-dapr-scales-${language}.png`) });
    await page.getByRole('button', { name: t('instruments.detail.back') }).click();

    // KFD: the client's task uses the reflexive «своей семьи».
    await openDetail(page, language, 'kfd');
    const task = definition('kfd').pages[0]!.instruction[language].text;
    await expect(page.getByText(task)).toBeVisible();
    expect(definition('kfd').pages[0]!.instruction.ru.text).toContain('своей семьи');
    await expect(page.locator('main')).not.toContainText(REJECTED[language]);
    await page.getByRole('button', { name: t('instruments.detail.back') }).click();

    // HTP practice form: «Егжей-тегжейі», «Бет-әлпеті», the sheet is «парақ».
    await openPractice(page, language, 'htp');
    await expect(page.getByText(labelOf('htp', 'house_detailing', language), { exact: true })).toBeVisible();
    expect(labelOf('htp', 'house_detailing', 'kk')).toBe('Егжей-тегжейі');
    await expect(page.locator('main')).not.toContainText(REJECTED[language]);
    await docShot(page, `language-htp-form-${language}`);
  });
}
