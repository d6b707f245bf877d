import { type Page, expect, test } from '@playwright/test';
import { getInstrument } from '../../assessments/instruments';
import { addClient } from '../integration/fixtures/clientSetup';
import { createDraft, drawPage, signedHtp } from '../integration/fixtures/assessmentSetup';
import { ok } from '../integration/helpers';
import { pdfText } from '../integration/reportChromium';
import { goToStep } from './assessmentSteps';
import { openClientByCode } from './clientSteps';
import { docShot } from './harness';
import { appPerTest } from './setup';
import { PSYCHOLOGIST, text } from './steps';

/**
 * Issue 12, item 3: a signed House-Tree-Person states only what was observed. The house has a
 * door and walls, no windows; its roof, path and fence were not looked at. The signed view says
 * «Крыша — Не оценивалось», never «Нет», and the PDF shows the same items with the same values:
 * every row of the signed view is read off the screen and found in the PDF's text.
 * Issue 12, item 7: one name for the inquiry step, and its questions in the psychologist's
 * language beneath the client's.
 */

const apps = appPerTest('signed-observations');
const htp = getInstrument('htp')!;

/** Lower case, one kind of dash, single spaces: the screen and the PDF differ only in typography. */
const plain = (s: string) => s.replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();

/** Every observation row of the signed form on the current tab: label and value, without tags. */
async function screenRows(page: Page): Promise<{ label: string; value: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.form-section:not(.form-section--inquiry) .form-item__readonly')].map((row) => {
      const label = row.querySelector('.form-item__label')?.textContent ?? '';
      const valueEl = row.querySelector('.form-item__value');
      const value = [...(valueEl?.childNodes ?? [])]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('');
      return { label, value };
    }),
  );
}

for (const language of ['kk', 'ru'] as const) {
  test(`a signed HTP shows "not assessed" items, never "absent", and its PDF matches the screen (${language})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const saved: Buffer[] = [];
    const clock = { t: Date.parse('2026-11-25T07:30:00.000Z') };
    const app = await apps.openAsPsychologist(page, language, {
      now: () => clock.t,
      saveFile: async (_name, bytes) => (saved.push(bytes), { saved: true }),
    });
    const client = await addClient(app.backend.invoke);
    await signedHtp(app.backend.invoke, client.id, PSYCHOLOGIST.own, {
      answers: { house_door: true, house_walls: true, house_windows: false, tree_trunk: true, person_head: true },
    });
    await page.clock.setSystemTime(clock.t);
    await page.reload();
    await openClientByCode(page, language, client.code);
    await page.getByTestId('timeline-entry').filter({ hasText: htp.name[language].text }).click();

    // The house tab of the signed form.
    const form = page.getByRole('region', { name: t('assessment.signed.form') });
    const door = htp.sections.flatMap((s) => s.items).find((i) => i.id === 'house_door')!;
    const roof = htp.sections.flatMap((s) => s.items).find((i) => i.id === 'house_roof')!;
    const windows = htp.sections.flatMap((s) => s.items).find((i) => i.id === 'house_windows')!;
    const row = (label: string) => form.locator('.form-item__readonly').filter({ hasText: label }).first();
    await expect(row(door.label[language].text)).toContainText(t('instruments.answer.present'));
    await expect(row(windows.label[language].text)).toContainText(t('instruments.answer.absent'));
    await expect(row(roof.label[language].text)).toContainText(t('instruments.answer.notAssessed'));
    await expect(row(roof.label[language].text)).not.toContainText(t('instruments.answer.absent'));
    // The chromatic phase was not drawn: no tab for it.
    const tabs = form.getByRole('tab');
    await expect(tabs).toHaveCount(4);
    await row(roof.label[language].text).scrollIntoViewIfNeeded();
    await docShot(page, `signed-not-assessed-${language}`, { fullPage: false });

    // Every tab's rows, as the person reads them.
    const shown: { label: string; value: string }[] = [];
    for (let i = 0; i < 4; i++) {
      await tabs.nth(i).click();
      await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
      shown.push(...(await screenRows(page)));
    }
    expect(shown.length).toBeGreaterThan(50);

    // The PDF of the same record.
    await page.getByRole('button', { name: t('report.button') }).click();
    const dialog = page.getByRole('dialog', { name: t('report.title') });
    await dialog.getByRole('button', { name: t('report.create') }).click();
    await expect(dialog.getByRole('status')).toHaveText(t('report.saved'));
    const pdf = plain(pdfText(saved[0]!));
    // Every row of the screen is in the PDF with the same value. Long labels wrap in the PDF's two
    // columns, so those are matched by their value's place only when the label is short.
    let compared = 0;
    for (const { label, value } of shown) {
      const l = plain(label);
      const v = plain(value);
      expect(pdf, `"${label}" is in the PDF`).toContain(l.slice(0, 12));
      if (l.length + v.length < 28) {
        expect(pdf).toContain(`${l}: ${v}`);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(25);
  });

  test(`the inquiry step has one name, and shows each question in the psychologist's language too (${language})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const t = (key: string) => text(language, key);
    const clock = { t: Date.parse('2026-11-25T07:30:00.000Z') };
    const app = await apps.openAsPsychologist(page, language, { now: () => clock.t });
    // The client speaks the other language.
    const clientLanguage = language === 'kk' ? 'ru' : 'kk';
    const client = await addClient(app.backend.invoke, { language: clientLanguage });
    const draft = await createDraft(app.backend.invoke, client.id, 'htp');
    await drawPage(app.backend.invoke, draft.id, 'house', PSYCHOLOGIST.own);
    ok(await app.backend.invoke('assessments:get', { id: draft.id }));
    await page.clock.setSystemTime(clock.t);
    await page.reload();
    await openClientByCode(page, language, client.code);
    await page.getByTestId('timeline-entry').filter({ hasText: htp.name[language].text }).click();
    await goToStep(page, language, 'inquiry');
    // One name for the step: the stepper, the scoring form's section and the catalogue say the same.
    expect(t('instruments.form.inquiry')).toBe(t('assessment.steps.inquiry'));
    expect(t('instruments.detail.inquiry')).toBe(t('assessment.steps.inquiry'));
    const question = htp.pages.find((p) => p.id === 'house')!.inquiry[0]!;
    const field = page.getByLabel(question.text[clientLanguage].text, { exact: true });
    await expect(field).toBeVisible();
    // The same question in the psychologist's language, tied to the field as its description.
    await expect(field).toHaveAccessibleDescription(new RegExp(question.text[language].text.replace(/[?()]/g, '\\$&')));
    await docShot(page, `inquiry-bilingual-${language}`, { fullPage: false });
  });
}
