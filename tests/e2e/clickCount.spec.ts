import { expect, test } from '@playwright/test';
import { drawHandedOverPage, expectSaved, goToStep, pageCardButton } from './assessmentSteps';
import { registerClient } from './clientSteps';
import { labelOf, nameOf } from './instrumentSteps';
import { appPerTest } from './setup';
import { PSYCHOLOGIST, escapeRegExp, text } from './steps';

/**
 * Issue 12, acceptance: how many clicks and keystrokes a full House-Tree-Person assessment takes,
 * from the client's page to the signed PDF. The page itself counts what a person does (see COUNTER):
 * every trusted click that is not a pen stroke on the paper, every key pressed, and every character
 * typed into a field. The client's strokes are counted apart: they are the drawing, not the path.
 *
 * The same work in every run: three pages drawn in client mode, three inquiry answers for the house,
 * the house's door, windows, walls and roof recorded as present and everything else left as not
 * assessed, a conclusion, the signature, the PDF. The clicks before this issue (measured on the code
 * of commit 05a6e35 with the same steps) are BEFORE; the test fails unless today's path is shorter.
 */

/** Measured on commit 05a6e35 (before issue 12) with the same work, in both languages. */
const BEFORE = { clicks: 36 } as const;

const apps = appPerTest('click-count', { failOnConsoleProblems: true });

/** Installed in the page before the app loads: counts clicks, keys and typed characters, pen strokes apart. */
const COUNTER = () => {
  const counts = { clicks: 0, keys: 0, strokes: 0 };
  let keyPending = false;
  (window as unknown as { __counts: typeof counts }).__counts = counts;
  // A stroke's click lands on the paper (the canvas or the page around it): drawing, not a step of the path.
  const onPaper = (target: EventTarget | null) =>
    target instanceof Element && target.closest('canvas, [data-testid="drawing-paper"], .drawing-paper') !== null;
  window.addEventListener(
    'click',
    (e) => {
      if (e.isTrusted && !onPaper(e.target)) counts.clicks += 1;
    },
    true,
  );
  window.addEventListener(
    'pointerdown',
    (e) => {
      if (e.isTrusted && onPaper(e.target)) counts.strokes += 1;
    },
    true,
  );
  window.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted) return;
      counts.keys += 1;
      keyPending = true;
    },
    true,
  );
  // Text put in at once (Playwright's fill) arrives without key events: one keystroke per character.
  window.addEventListener(
    'input',
    (e) => {
      const event = e as InputEvent;
      if (!event.isTrusted) return;
      if (keyPending) keyPending = false;
      else if (event.inputType === 'insertText' && event.data) counts.keys += event.data.length;
    },
    true,
  );
};

type Counts = { clicks: number; keys: number; strokes: number };
const readCounts = (page: import('@playwright/test').Page): Promise<Counts> =>
  page.evaluate(() => ({ ...(window as unknown as { __counts: Counts }).__counts }));
const resetCounts = (page: import('@playwright/test').Page): Promise<void> =>
  page.evaluate(() => {
    const counts = (window as unknown as { __counts: Counts }).__counts;
    counts.clicks = 0;
    counts.keys = 0;
    counts.strokes = 0;
  });

const WORDS: Record<'kk' | 'ru', { inquiry: string[]; conclusion: string }> = {
  kk: {
    inquiry: ['Онда әжем тұрады', 'Іші жылы', 'Есігі ашық'],
    conclusion: 'Асықпай, ықыласпен салды; үйі мен отбасы туралы еркін әңгімеледі.',
  },
  ru: {
    inquiry: ['Там живёт моя бабушка', 'Внутри тепло', 'Дверь открыта'],
    conclusion: 'Рисовал спокойно и старательно; охотно рассказывал о доме и семье.',
  },
};

/** A click into a text field, then its words typed. */
async function typeInto(field: import('@playwright/test').Locator, words: string): Promise<void> {
  await field.click();
  await field.fill(words);
}

for (const ui of ['kk', 'ru'] as const) {
  test(`a full House-Tree-Person assessment, client page to signed PDF, takes fewer clicks than before (${ui})`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    /** A text the app may not have (a shorter path added later): a name that matches nothing then. */
    const maybe = (key: string) => {
      try {
        return text(ui, key);
      } catch {
        return '\u0000no such text';
      }
    };
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.addInitScript(COUNTER);
    const saved: Array<{ name: string; bytes: Buffer }> = [];
    await apps.openAsPsychologist(page, ui, {
      saveFile: async (name, bytes) => (saved.push({ name, bytes }), { saved: true }),
    });
    const code = await registerClient(page, ui, {
      fullName: 'Ержан Омаров',
      consent: { scopes: ['assessment', 'data-storage'] },
    });
    await resetCounts(page);

    // Start: a direct "House-Tree-Person" on the client's page where there is one, else the general dialog.
    const htp = nameOf('htp', ui);
    const direct = page.getByRole('button', { name: maybe('drawing.fromClient.startHtp') });
    if ((await direct.count()) > 0) await direct.click();
    else {
      await page.getByRole('button', { name: t('assessment.list.new') }).click();
      const dialog = page.getByRole('dialog', { name: t('assessment.new.title') });
      await dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(htp)}`) }).click({ force: true });
      await dialog.getByRole('button', { name: t('assessment.new.create') }).click();
    }
    await expect(
      page.getByRole('heading', { level: 1, name: t('assessment.workflow.title', { instrument: htp, code }) }),
    ).toBeVisible();

    // The three pages, each handed to the client and taken back with the password.
    for (const pageId of ['house', 'tree', 'person']) {
      const handOver = pageCardButton(page, ui, 'htp', pageId, 'assessment.drawings.handOver');
      // A workflow that hands the next page over by itself saves this click.
      if (!(await page.getByTestId('client-mode').isVisible())) await handOver.click();
      await drawHandedOverPage(page, ui, ui, 'htp', pageId);
    }

    await goToStep(page, ui, 'inquiry');
    const house = (await import('./instrumentSteps')).definition('htp').pages.find((p) => p.id === 'house')!;
    for (const [i, words] of WORDS[ui].inquiry.entries())
      await typeInto(page.getByLabel(house.inquiry[i]!.text[ui].text, { exact: true }), words);
    await expectSaved(page, ui);

    await goToStep(page, ui, 'scoring');
    for (const item of ['house_door', 'house_windows', 'house_walls', 'house_roof']) {
      const label = labelOf('htp', item, ui);
      const present = page.getByRole('radiogroup', { name: label, exact: true });
      // Three states (present, absent, not assessed) since issue 12; a checkbox before.
      if ((await present.count()) > 0)
        await present.getByRole('radio', { name: maybe('instruments.answer.present') }).click({ force: true });
      else await page.getByRole('checkbox', { name: label, exact: true }).click({ force: true });
    }
    // Since issue 12 an unanswered item is open until its section is marked not assessed: one click per
    // section, on each drawn page's tab of the form and the general one (a page not drawn is not asked for).
    const rest = page.getByRole('button', { name: maybe('instruments.section.restNotAssessed'), exact: true });
    const tabs = page.getByRole('tablist', { name: maybe('instruments.form.pages') });
    const def = (await import('./instrumentSteps')).definition('htp');
    const tabNames = ['house', 'tree', 'person'].map((id) => def.pages.find((p) => p.id === id)!.title[ui].text);
    // A sign step that marks everything still open in one action makes the per-section marking unneeded.
    const bulk = maybe('assessment.sign.markAllNotAssessed') !== '\u0000no such text';
    if (bulk) {
      // marked on the sign step below
    } else if ((await tabs.count()) > 0) {
      for (const name of [...tabNames, maybe('instruments.form.general')]) {
        const tab = tabs.getByRole('tab', { name, exact: true });
        if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
        while ((await rest.count()) > 0) await rest.first().click();
      }
    } else while ((await rest.count()) > 0) await rest.first().click();
    await expectSaved(page, ui);

    await goToStep(page, ui, 'conclusion');
    await typeInto(page.getByRole('textbox', { name: t('assessment.conclusion.conclusion'), exact: true }), WORDS[ui].conclusion);
    await expectSaved(page, ui);

    await goToStep(page, ui, 'sign');
    // Whatever is still open is marked not assessed, section by section, from the sign step.
    const markOpen = page.getByRole('button', { name: maybe('assessment.sign.markAllNotAssessed') });
    if ((await markOpen.count()) > 0) await markOpen.click();
    await page.getByRole('button', { name: t('assessment.sign.open') }).click();
    const dialog = page.getByRole('dialog', { name: t('assessment.sign.dialogTitle') });
    await typeInto(dialog.getByLabel(t('assessment.sign.password'), { exact: true }), PSYCHOLOGIST.own);
    await dialog.getByRole('button', { name: t('assessment.sign.submit'), exact: true }).click();
    await expect(page.getByTestId('signature-line')).toBeVisible();

    await page.getByRole('button', { name: t('report.button') }).click();
    const report = page.getByRole('dialog', { name: t('report.title') });
    await report.getByRole('button', { name: t('report.create') }).click();
    await expect(page.getByRole('status').filter({ hasText: t('report.saved') })).toBeVisible();
    if (await report.isVisible()) await report.getByRole('button', { name: t('report.close') }).click();
    expect(saved).toHaveLength(1);

    const counts = await readCounts(page);
    test.info().annotations.push({ type: 'click count', description: JSON.stringify({ ui, ...counts, before: BEFORE }) });
    console.log(`click count (${ui}): ${JSON.stringify(counts)}; before: ${JSON.stringify(BEFORE)}`);
    expect(counts.strokes).toBeGreaterThan(0);
    expect(counts.clicks).toBeLessThan(BEFORE.clicks);
  });
}
