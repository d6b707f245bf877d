import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  closeOpenSections,
  drawPage,
  expectSaved,
  goToStep,
  signAssessment,
  startAssessment,
  writeConclusion,
} from './assessmentSteps';
import { registerClient } from './clientSteps';
import { definition } from './instrumentSteps';
import { appPerTest } from './setup';
import { text } from './steps';

/**
 * Issue 13 §4–§7 as a psychologist meets them on a PPAT, in kk and ru: the administration
 * instructions on the drawing step; the client's toolbar offers markers only, with no eraser, undo,
 * redo or clear (the protocol allows none); on the scoring step the instrument's caveats stand above
 * the form and each suggestion says how it is measured and that it is not calibrated against norms.
 * Screenshots go to docs/screenshots/drawing-protocol-*-<language>.png.
 */

const apps = appPerTest('drawingProtocols', { failOnConsoleProblems: true });
const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

async function docShot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  await page.screenshot({ path: join(DOC_SHOTS, `${name}.png`), fullPage });
}

for (const ui of ['kk', 'ru'] as const) {
  test(`PPAT: tools per protocol, caveats and suggestions with their rationale (${ui})`, async ({ page }) => {
    test.setTimeout(180_000);
    const t = (key: string, params?: Record<string, string | number>) => text(ui, key, params);
    const ppat = definition('ppat');
    await page.setViewportSize({ width: 1280, height: 900 });
    await apps.openAsPsychologist(page, ui);
    const code = await registerClient(page, ui, {
      fullName: ui === 'kk' ? 'Айгүл Серікқызы' : 'Айгуль Сериковна',
      consent: { scopes: ['assessment', 'data-storage'] },
    });
    await startAssessment(page, ui, 'ppat', code);

    // The drawing step: how to administer, for the psychologist, in their language.
    const administration = page.getByRole('region', { name: t('instruments.caveats.administration') });
    await expect(administration).toContainText(ppat.instructions[ui].text.slice(0, 60));
    await docShot(page, `drawing-protocol-administration-${ui}`, false);

    // Client mode: markers only; nothing to erase or take back, by the toolbar or the keyboard.
    await drawPage(page, ui, ui, 'ppat', 'apple', async () => {
      const tools = page.getByRole('region', { name: text(ui, 'drawing.tools.label') });
      await expect(tools).toContainText(text(ui, 'drawing.tools.marker'));
      for (const key of ['drawing.tools.eraser', 'drawing.tools.undo', 'drawing.tools.redo', 'drawing.tools.clear']) {
        await expect(page.getByRole('button', { name: text(ui, key) })).toHaveCount(0);
        await expect(page.getByRole('radio', { name: text(ui, key) })).toHaveCount(0);
      }
      await page.keyboard.press('Control+z');
      await docShot(page, `drawing-protocol-ppat-toolbar-${ui}`, false);
    });

    // The scoring step: the caveats above the form, and each suggestion with how it is measured.
    await goToStep(page, ui, 'scoring');
    const caveats = page.getByRole('complementary', { name: t('instruments.caveats.title') });
    await expect(caveats).toContainText(ppat.caveats[0]![ui].text);
    const space = page.getByRole('complementary', {
      name: t('instruments.suggestion.labelFor', { item: ppat.sections[0]!.items.find((i) => i.id === 'space')!.label[ui].text }),
    });
    const spaceRationale = ppat.metricSuggestions.find((s) => s.itemId === 'space')!.rationale[ui].text;
    await expect(space).toContainText(t('instruments.suggestion.howMeasured'));
    await expect(space).toContainText(spaceRationale);
    await expect(space).toContainText(t('instruments.suggestion.notCalibrated'));
    await expect(space).toContainText(t('instruments.metrics.drawingExtentShare'));
    await docShot(page, `drawing-protocol-scoring-caveats-${ui}`, false);
    await space.scrollIntoViewIfNeeded();
    await space.screenshot({ path: join(DOC_SHOTS, `drawing-protocol-suggestion-rationale-${ui}.png`) });

    // Signed: the caveats stay with the form, and the sheet's orientation is shown (the client could turn it).
    await closeOpenSections(page, ui);
    await expectSaved(page, ui);
    await goToStep(page, ui, 'conclusion');
    await writeConclusion(page, ui, {
      conclusion: ui === 'kk' ? 'Асықпай салды.' : 'Рисовала спокойно.',
      recommendations: '',
      referral: 'legal-aid',
      note: ui === 'kk' ? 'Құжаттар' : 'Документы',
    });
    await expectSaved(page, ui);
    await goToStep(page, ui, 'sign');
    await signAssessment(page, ui);
    await expect(page.getByRole('complementary', { name: t('instruments.caveats.title') })).toContainText(
      ppat.caveats[0]![ui].text,
    );
    await expect(
      page.getByText(t('instruments.caveats.orientationUsed', { orientation: t('instruments.orientation.portrait') })),
    ).toBeVisible();
    await docShot(page, `drawing-protocol-signed-caveats-${ui}`);
  });
}
