import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { addClient } from '../integration/fixtures/clientSetup';
import { signedPhq9 } from '../integration/fixtures/assessmentSetup';
import { ok } from '../integration/helpers';
import { pdfPages, pdfText } from '../integration/reportChromium';
import { startAssessment } from './assessmentSteps';
import { openClientByCode } from './clientSteps';
import { openDetail } from './instrumentSteps';
import { appPerTest } from './setup';
import { PSYCHOLOGIST, clickOption, text } from './steps';

/**
 * Issue 13 §1, §3: the psychologist reads, before handing a questionnaire over, that the text in
 * the client's language is a working translation whose published cut-offs are for the validated
 * version; the live bands say it too, with the licence notice beside the scores. A PHQ-9 answered
 * in Kazakh (a working translation) is signed, and its PDF names the language of administration,
 * the text's status, the caveat and "© Pfizer Inc.". Screenshots in kk and ru go to docs/screenshots.
 */

const apps = appPerTest('questionnaire-wording');
const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

for (const language of ['kk', 'ru'] as const) {
  test(`a working translation is announced on the form and in the PDF (${language})`, async ({ page }) => {
    test.setTimeout(150_000);
    mkdirSync(DOC_SHOTS, { recursive: true });
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const saved: { name: string; bytes: Buffer }[] = [];
    const clock = { t: Date.parse('2026-11-25T07:30:00.000Z') };
    const app = await apps.openAsPsychologist(page, language, {
      now: () => clock.t,
      saveFile: async (name, bytes) => (saved.push({ name, bytes }), { saved: true }),
    });
    // A female client whose preferred language is the screen's: K10 is a working translation in kk and ru.
    const client = await addClient(app.backend.invoke, { sex: 'female', language });
    ok(
      await app.backend.invoke('clients:recordConsent', {
        clientId: client.id,
        consent: { givenOn: '2026-01-10', scope: ['assessment'], note: '' },
      }),
    );
    await openClientByCode(page, language, client.code);
    await startAssessment(page, language, 'k10', client.code);

    const notice = page.getByTestId('wording-notice');
    await expect(notice).toHaveText(
      t('instruments.wording.workingNotice', { language: t(`instruments.wording.language.${language}`) }),
    );
    // The licence notice beside the scores, and the Russian question in the client's (female) form.
    await expect(page.getByTestId('licence-notice')).toContainText('© World Health Organization 2003');
    if (language === 'ru') await expect(page.getByText('Чувствовали себя измотанной без видимой причины')).toBeVisible();
    // Answer every item "some of the time" (3): total 30, "very high", with its caveat.
    const groups = page.getByRole('radiogroup');
    const count = await groups.count();
    for (let i = 0; i < count; i++) {
      const some = groups.nth(i).getByRole('radio', { name: /^3( |$)/ });
      if ((await some.count()) === 1) await clickOption(some);
    }
    await expect(page.getByTestId('cut-off-caveat').first()).toHaveText(t('instruments.scores.cutOffCaveat'));
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(DOC_SHOTS, `questionnaire-working-notice-${language}.png`), fullPage: true });

    // A PHQ-9 the client answered in Kazakh, signed; its PDF in the screen's language.
    const phq = await signedPhq9(app.backend.invoke, client.id, PSYCHOLOGIST.own);
    expect(phq.scores.administration).toEqual({ language: 'kk', textStatus: 'working' });
    ok(await app.backend.invoke('assessments:exportPdf', { assessmentId: phq.id, includeName: false, language }));
    expect(saved).toHaveLength(1);
    const words = pdfText(saved[0]!.bytes).replace(/\s+/g, ' ');
    const caveat = {
      kk: 'жарияланған шекті мәндер валидацияланған нұсқаға арналған',
      ru: 'опубликованные пороговые значения относятся к валидизированной версии',
    }[language];
    expect(words).toContain(caveat);
    expect(words).toContain('© Pfizer Inc.');
    expect(words).toContain({ kk: 'қазақ тілі — жұмыс аудармасы', ru: 'казахский — рабочий перевод' }[language]);
    writeFileSync(resolve(DOC_SHOTS, `questionnaire-working-pdf-${language}.png`), pdfPages(saved[0]!.bytes, 100)[0]!);

    // The catalogue: RSES cites its wording per language, shows 26–30 as "no band" and the source of its bands.
    await page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t('instruments.nav') })
      .click();
    await openDetail(page, language, 'rses');
    await expect(page.getByRole('heading', { name: t('instruments.detail.wordingSources') })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(`26–30 ${t('instruments.scores.noBand')}`) })).toBeVisible();
    await page.screenshot({ path: resolve(DOC_SHOTS, `questionnaire-catalogue-rses-${language}.png`), fullPage: true });
  });
}
