import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import type { Backend } from '../../electron/backend/openBackend';
import {
  fingerprintOf,
  generateSupervisorKeys,
  openBundle,
  writeSupervisorKeyFile,
} from '../../electron/backend/services/bundles/format';
import { regionName } from '../../common/regionText';
import { periodLabel } from '../../common/trendsText';
import { signedPhq9 } from '../integration/fixtures/assessmentSetup';
import { addClient } from '../integration/fixtures/clientSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount } from '../integration/fixtures/drawingSetup';
import { ADMIN as IT_ADMIN, FACILITY, ok } from '../integration/helpers';
import { appPerTest } from './setup';
import { escapeRegExp, text } from './steps';

/**
 * Issue 15 §1–2 end to end, the facility's side: an admin reads the facility's code, sets the region, imports the
 * supervising department's key after its code is shown, and exports two quarters as one bundle that the department's
 * key opens. In kk and ru, with screenshots in docs/screenshots/.
 */
const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const app = appPerTest('bundles', { failOnConsoleProblems: true });

async function seed(backend: Backend, clock: { t: number }, language: 'kk' | 'ru'): Promise<void> {
  ok(await backend.invoke('vault:setup', { language, facilityName: FACILITY, admin: IT_ADMIN }));
  await addAccount(backend, 'nurlan', ['psychologist'], PSYCHOLOGIST_PASSWORD);
  for (let i = 0; i < 8; i++) {
    clock.t = Date.parse(`2026-0${1 + (i % 6)}-1${i}T09:00:00.000Z`);
    const client = await addClient(backend.invoke, {
      fullName: `Сынақ Клиент ${i}`,
      unit: 'Отряд 1',
      sex: 'male',
      language: 'ru',
    });
    await signedPhq9(backend.invoke, client.id, PSYCHOLOGIST_PASSWORD);
  }
  clock.t = Date.parse('2026-11-20T07:30:00.000Z');
  ok(await backend.invoke('auth:signOut', {}));
}

async function docShot(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  await page.locator('main').screenshot({ path: resolve(DOC_SHOTS, `${name}.png`) });
}

for (const language of ['kk', 'ru'] as const) {
  test(`an admin sets the region, checks and keeps the supervisor's key, and exports a bundle (${language})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const clock = { t: Date.parse('2026-11-20T07:30:00.000Z') };
    const files = mkdtempSync(join(tmpdir(), 'kenes-e2e-bundle-files-'));
    const supervisor = generateSupervisorKeys();
    const keyFile = join(files, 'duis.kenessupervisor');
    writeFileSync(keyFile, writeSupervisorKeyFile({ name: 'ДУИС по Карагандинской области', publicKey: supervisor.publicKey }));
    const saved: { name: string; bytes: Buffer }[] = [];
    try {
      const opened = await app.open(page, {
        now: () => clock.t,
        saveFile: async (name, bytes) => (saved.push({ name, bytes }), { saved: true }),
        pickFiles: async () => [keyFile],
      });
      await seed(opened.backend, clock, language);

      await page.reload();
      await page.getByLabel(t('fields.username'), { exact: true }).fill(IT_ADMIN.username);
      await page.getByLabel(t('fields.password'), { exact: true }).fill(IT_ADMIN.password);
      await page.getByRole('button', { name: t('signIn.submit') }).click();
      await page
        .getByRole('navigation')
        .getByRole('button', { name: t('bundles.nav') })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: t('bundles.title') })).toBeVisible();
      await expect(page.getByTestId('facility-fingerprint')).toHaveText(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$/);
      await expect(page.getByTestId('bundles-not-ready')).toHaveText(t('bundles.needRegion'));
      await expect(page.getByRole('button', { name: t('bundles.export') })).toBeDisabled();
      await docShot(page, `bundles-facility-${language}-start`);

      await page.getByRole('button', { name: new RegExp(escapeRegExp(t('bundles.region'))) }).click();
      await page.getByRole('option', { name: regionName('karaganda', language), exact: true }).click();
      await expect(page.getByTestId('bundles-not-ready')).toHaveText(t('bundles.needKey'));

      // The key's code is shown before anything is kept.
      await page.getByRole('button', { name: t('bundles.importKey') }).click();
      const check = page.getByTestId('supervisor-key-check');
      await expect(check).toContainText(fingerprintOf(supervisor.publicKey));
      await expect(check).toBeFocused();
      await expect(check).toContainText('ДУИС по Карагандинской области');
      await expect(page.getByTestId('supervisor-key-none')).toBeVisible();
      await docShot(page, `bundles-facility-${language}-check`);
      await check.getByRole('button', { name: t('bundles.checkKeep') }).click();
      await expect(page.getByTestId('supervisor-key')).toContainText(fingerprintOf(supervisor.publicKey));
      await expect(page.getByTestId('bundles-not-ready')).toHaveCount(0);

      await page.getByRole('button', { name: new RegExp(escapeRegExp(t('bundles.from'))) }).click();
      await page.getByRole('option', { name: periodLabel(language, '2026-Q2'), exact: true }).click();
      await page.getByRole('button', { name: t('bundles.export') }).click();
      const fileName = 'kenes-bundle-penal-colony-zhetysu-kyzylorda-42-2026-Q2-2026-Q3.kenesbundle';
      await expect(page.getByTestId('bundles-outcome')).toContainText(t('bundles.saved', { file: fileName, sequence: 1 }));
      await expect(page.getByRole('main')).toContainText(t('bundles.lastSequence', { sequence: 1 }));
      await docShot(page, `bundles-facility-${language}-exported`);

      expect(saved.map((s) => s.name)).toEqual([fileName]);
      const bundle = openBundle(saved[0]!.bytes, supervisor.privateKey);
      expect(bundle.payload.quarters).toEqual(['2026-Q2', '2026-Q3']);
      expect(bundle.payload.facility.region).toBe('karaganda');
      expect(bundle.facilityFingerprint).toBe(await page.getByTestId('facility-fingerprint').textContent());
    } finally {
      rmSync(files, { recursive: true, force: true });
    }
  });
}
