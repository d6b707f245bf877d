import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { regionName } from '../../common/regionText';
import { TRENDS_TEXT, instrumentLabel } from '../../common/trendsText';
import { type Backend, openBackend } from '../../electron/backend/openBackend';
import type { Region } from '../../electron/contract/regions';
import { signedPhq9 } from '../integration/fixtures/assessmentSetup';
import { addClient } from '../integration/fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, setUpWithPsychologist } from '../integration/fixtures/drawingSetup';
import { ADMIN as IT_ADMIN, FAST_KDF, ok } from '../integration/helpers';
import { appPerTest } from './setup';
import { ADMIN, PEOPLE, type Language, choose, escapeRegExp, text } from './steps';

/**
 * Issue 15's end-to-end test, in kk and ru: a supervising department sets up its installation, saves its key file
 * for facilities; two facilities (their own vaults, driven through the backend as their admins would) import that
 * key and export a bundle each; the supervisor imports both at once — a preview with each facility's key code, trust
 * confirmed, a progress bar — and reads the combined trends by facility and by region. Screenshots go to
 * docs/screenshots/bundles-*.
 */
const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const app = appPerTest('bundles', { failOnConsoleProblems: true });

async function docShot(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(DOC_SHOTS, `${name}.png`), fullPage: true });
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(label) })
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A facility: its own vault, `clients` signed PHQ-9s in January–March 2026, the supervisor's key, one bundle of Q1. */
async function facilityBundle(dir: string, name: string, region: Region, clients: number, keyFile: string): Promise<Buffer> {
  const clock = { t: Date.parse('2026-01-05T08:00:00.000Z') };
  const saved: Buffer[] = [];
  const backend: Backend = openBackend({
    dataDir: dir,
    kdfCost: FAST_KDF,
    now: () => clock.t,
    idleCheckMs: 0,
    log: () => undefined,
    saveFile: async (_n, bytes) => {
      saved.push(bytes);
      return { saved: true };
    },
    pickFiles: async () => [keyFile],
  });
  try {
    await setUpWithPsychologist(backend);
    for (let i = 0; i < clients; i++) {
      clock.t = Date.parse(`2026-0${1 + (i % 3)}-1${i % 10}T09:00:00.000Z`);
      const c = await addClient(backend.invoke, { fullName: `${name} ${i}`, unit: 'Отряд 1' });
      await signedPhq9(backend.invoke, c.id, PSYCHOLOGIST_PASSWORD);
    }
    clock.t = Date.parse('2026-04-02T09:00:00.000Z');
    ok(await backend.invoke('auth:signOut', {}));
    ok(await backend.invoke('auth:signIn', { username: IT_ADMIN.username, password: IT_ADMIN.password }));
    ok(await backend.invoke('settings:update', { facilityName: name, idleTimeoutMinutes: 10 }));
    ok(await backend.invoke('bundles:setRegion', { region }));
    const picked = ok(await backend.invoke('bundles:pickSupervisorKey', {})).picked!;
    ok(await backend.invoke('bundles:confirmSupervisorKey', { token: picked.token }));
    expect(ok(await backend.invoke('bundles:export', { from: '2026-Q1', to: '2026-Q1' })).saved).toBe(true);
    return saved[0]!;
  } finally {
    await backend.close();
  }
}

/** The set-up wizard, choosing "a supervising department" on the facility step. */
async function setUpSupervisor(page: Page, language: Language): Promise<void> {
  const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
  await choose(page, 'radio', t(`languages.${language}`));
  await page.getByRole('button', { name: t('common.continue') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('setup.facility.title') })).toBeVisible();
  await page
    .getByLabel(t('fields.facilityName'))
    .fill(language === 'kk' ? 'ҚАЖК Алматы департаменті' : 'Департамент УИС по г. Алматы');
  await choose(page, 'radio', new RegExp(`^${escapeRegExp(t('supervisor.setup.supervisor'))}`));
  await docShot(page, `bundles-setup-kind-${language}`);
  await page.getByRole('button', { name: t('common.continue') }).click();
  await page.getByLabel(t('fields.fullName')).fill(PEOPLE[language].admin);
  await page.getByLabel(t('fields.username'), { exact: true }).fill(ADMIN.username);
  await page.getByLabel(t('fields.password'), { exact: true }).fill(ADMIN.password);
  await page.getByLabel(t('fields.confirmPassword')).fill(ADMIN.password);
  await page.getByRole('button', { name: t('setup.admin.create') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('setup.key.title') })).toBeVisible();
  const groups = await page
    .getByRole('list', { name: t('setup.key.groupsLabel') })
    .first()
    .locator('.key-groups__value')
    .allTextContents();
  await choose(page, 'checkbox', t('setup.key.written'));
  await page.getByRole('button', { name: t('common.continue') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('setup.confirm.title') })).toBeVisible();
  const inputs = page.getByRole('textbox');
  await expect(inputs).toHaveCount(2);
  for (const input of await inputs.all()) {
    const label = await input.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    await input.fill(groups[Number(label.match(/\d+/)![0]) - 1]!);
  }
  await page.getByRole('button', { name: t('setup.confirm.finish') }).click();
}

for (const language of ['kk', 'ru'] as const) {
  test(`two facilities export, the supervising department imports both and reads the combined trends (${language})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const words = TRENDS_TEXT[language];
    const work = mkdtempSync(join(tmpdir(), 'kenes-e2e-bundle-files-'));
    try {
      const clock = { t: Date.parse('2026-04-03T07:30:00.000Z') };
      const saved: { name: string; bytes: Buffer }[] = [];
      const picks: { next: string[] | null } = { next: null };
      await app.open(page, {
        now: () => clock.t,
        saveFile: async (name, bytes) => {
          saved.push({ name, bytes });
          return { saved: true };
        },
        pickFiles: async () => picks.next,
      });

      // The department's installation: no Home, no client area; combined trends first, empty until bundles come.
      await setUpSupervisor(page, language);
      await expect(page.getByRole('heading', { level: 1, name: t('supervisor.trends.title') })).toBeVisible();
      await expect(page.getByTestId('combined-empty')).toBeVisible();
      const nav = page.getByRole('navigation');
      await expect(nav.getByRole('button', { name: t('clients.nav') })).toHaveCount(0);
      await expect(nav.getByRole('button', { name: t('nav.home') })).toHaveCount(0);

      // Its key file for facilities, with the code to read out.
      await nav.getByRole('button', { name: t('supervisor.nav.bundles') }).click();
      const fingerprint = (await page.getByTestId('supervisor-fingerprint').textContent())!;
      expect(fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$/);
      await page.getByRole('button', { name: t('supervisor.key.save') }).click();
      await expect(page.getByText(t('supervisor.key.saved'))).toBeVisible();
      const keyFile = join(work, saved[0]!.name);
      writeFileSync(keyFile, saved[0]!.bytes);

      // Two facilities import it and export their first quarter.
      const names =
        language === 'kk' ? ['Жетісу колониясы 42', 'Астана мекемесі 15'] : ['Колония Жетысу 42', 'Учреждение Астана 15'];
      const a = await facilityBundle(join(work, 'a'), names[0]!, 'jetisu', 7, keyFile);
      const b = await facilityBundle(join(work, 'b'), names[1]!, 'astana', 6, keyFile);
      picks.next = [join(work, 'a.kenesbundle'), join(work, 'b.kenesbundle')];
      writeFileSync(picks.next[0]!, a);
      writeFileSync(picks.next[1]!, b);

      // Both at once: the preview names each facility and its key code; nothing is stored before the trust is given.
      await page.getByRole('button', { name: t('supervisor.import.choose') }).click();
      const preview = page.getByTestId('supervisor-preview');
      await expect(preview.getByText(t('supervisor.states.new-facility'))).toHaveCount(2);
      await expect(preview.getByText(names[0]!, { exact: true })).toBeVisible();
      for (const n of names) await choose(page, 'checkbox', new RegExp(escapeRegExp(n)));
      await docShot(page, `bundles-preview-${language}`);
      await page.getByRole('button', { name: t('supervisor.import.confirm') }).click();
      const results = page.getByTestId('supervisor-import-results');
      await expect(results.getByText(new RegExp(t('supervisor.outcomes.imported')))).toHaveCount(2);
      const facilities = page.getByTestId('supervisor-facilities');
      await expect(facilities.getByRole('row')).toHaveCount(3);
      await expect(facilities).toContainText(regionName('jetisu', language));
      await docShot(page, `bundles-imported-${language}`);

      // Combined trends: PHQ-9s signed, by quarter, by facility and then by region.
      await nav.getByRole('button', { name: t('supervisor.nav.trends') }).click();
      await pick(page, t('trends.measure'), words.measures.assessmentsSigned);
      await pick(page, words.instrument, instrumentLabel(language, 'phq9'));
      await pick(page, words.by, t('supervisor.trends.by.facility'));
      const counts = page.getByTestId('trends-counts');
      for (const n of names) await expect(counts.getByRole('columnheader', { name: n })).toBeVisible();
      const q1 = counts.getByRole('row', { name: new RegExp(`^${words.quarter(1, 2026)} `) });
      // Columns in the order of the facilities' names; each holds its own count, the total their sum.
      const headers = await counts.getByRole('columnheader').allTextContents();
      const expected = headers.slice(1, 3).map((h) => (h === names[0] ? '7' : '6'));
      await expect(q1.getByRole('cell')).toHaveText([...expected, '13']);
      await expect(page.getByTestId('combined-result')).toContainText(t('supervisor.trends.facilitiesCombined', { count: 2 }));
      await docShot(page, `bundles-combined-by-facility-${language}`);
      await pick(page, words.by, t('supervisor.trends.by.region'));
      await expect(counts.getByRole('columnheader', { name: regionName('astana', language) })).toBeVisible();
      await docShot(page, `bundles-combined-by-region-${language}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}
