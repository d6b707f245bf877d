import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { enterAnswer } from '../../assessments/instruments';
import type { Backend } from '../../electron/backend/openBackend';
import type { Role } from '../../electron/contract/roles';
import { createDraft } from '../integration/fixtures/assessmentSetup';
import { addClient } from '../integration/fixtures/clientSetup';
import { sessionInput } from '../integration/fixtures/groupSetup';
import { ok } from '../integration/helpers';
import { appPerTest } from './setup';
import { FACILITATOR, FACILITATOR_NAME } from './groupSteps';
import { ADMIN, type Language, PEOPLE, PSYCHOLOGIST, escapeRegExp, text } from './steps';

/**
 * Issue 17 §6: Home shows each role what is due today, and each item opens its place in one click or one key
 * press. The facility is seeded through the backend as the app would record it; today is Tuesday 8 December 2026.
 * In kk and ru; the screenshots go to docs/screenshots/.
 */
const DOC_SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const TODAY = '2026-12-08';
const NEWCOMER = { username: 'gulnar', fullName: 'Гүлнар Әлиева', temporary: 'Given-By-The-Admin-Taraz-2026' };
const app = appPerTest('home', { failOnConsoleProblems: true });

type Seeded = { alertCode: string; consentCode: string; groupName: string; atRisk: string };

async function signInBackend(backend: Backend, username: string, password: string): Promise<void> {
  await backend.invoke('auth:signOut', {});
  ok(await backend.invoke('auth:signIn', { username, password }));
}

/** The admin makes an account; its owner signs in once and chooses a password; the admin is signed in again. */
async function account(
  backend: Backend,
  language: Language,
  fullName: string,
  roles: Role[],
  who: { username: string; temporary: string; own: string },
) {
  const created = ok(
    await backend.invoke('accounts:create', {
      fullName,
      username: who.username,
      roles,
      language,
      temporaryPassword: who.temporary,
    }),
  );
  await signInBackend(backend, who.username, who.temporary);
  ok(await backend.invoke('account:changePassword', { currentPassword: who.temporary, newPassword: who.own }));
  await signInBackend(backend, ADMIN.username, ADMIN.password);
  return created.id;
}

async function seed(backend: Backend, language: Language): Promise<Seeded> {
  ok(
    await backend.invoke('vault:setup', {
      language,
      facilityName: PEOPLE[language].facility,
      admin: { fullName: PEOPLE[language].admin, ...ADMIN },
    }),
  );
  await account(backend, language, PEOPLE[language].psychologist, ['psychologist'], PSYCHOLOGIST);
  const facilitatorId = await account(backend, language, FACILITATOR_NAME[language], ['facilitator'], FACILITATOR);
  // A colleague who has not signed in yet: the admin's list.
  ok(
    await backend.invoke('accounts:create', {
      fullName: NEWCOMER.fullName,
      username: NEWCOMER.username,
      roles: ['facilitator'],
      language,
      temporaryPassword: NEWCOMER.temporary,
    }),
  );

  // The psychologist's week: a PHQ-9 draft with item 9 above zero, a drawing test draft, an old consent,
  // a referral whose follow-up is today and a release in twelve days.
  await signInBackend(backend, PSYCHOLOGIST.username, PSYCHOLOGIST.own);
  const both = ['assessment', 'group-therapy'] as const;
  const oldConsent = await addClient(backend.invoke, {
    fullName: 'Ерлан Сейітов',
    consent: { givenOn: '2025-10-01', scope: [...both], note: '' },
  });
  const flagged = await addClient(backend.invoke, {
    fullName: 'Сәкен Омаров',
    language: 'ru',
    consent: { givenOn: '2026-11-02', scope: [...both], note: '' },
  });
  const third = await addClient(backend.invoke, {
    fullName: 'Бауыржан Қасымов',
    consent: { givenOn: '2026-11-03', scope: [...both], note: '' },
  });
  const phq = await createDraft(backend.invoke, flagged.id, 'phq9');
  ok(await backend.invoke('assessments:saveDraft', { id: phq.id, form: enterAnswer(phq.form, 'q9', 1) }));
  await createDraft(backend.invoke, third.id, 'htp');
  ok(
    await backend.invoke('referrals:create', {
      clientId: third.id,
      target: { serviceKind: 'legal-aid' },
      reason: '',
      status: 'made',
      referredOn: '2026-11-24',
      followUpOn: TODAY,
    }),
  );
  ok(await backend.invoke('reentry:saveDates', { clientId: oldConsent.id, releaseDate: '2026-12-20', probationEnd: null }));
  // A free drawing of Ерлан's, left unfinished.
  ok(
    await backend.invoke('drawings:create', {
      orientation: 'portrait',
      screen: { width: 1280, height: 800, devicePixelRatio: 1 },
      clientId: oldConsent.id,
    }),
  );

  // The facilitator's group: Бауыржан missed the last two sessions; 3 December's note is not signed.
  await signInBackend(backend, FACILITATOR.username, FACILITATOR.own);
  const groupName = language === 'kk' ? 'Ашуды басқару' : 'Управление гневом';
  const group = ok(
    await backend.invoke('groups:create', {
      name: groupName,
      programmeType: 'anger-management',
      programmeText: null,
      unit: 'Отряд 3',
      startDate: '2026-12-01',
      endDate: '2027-02-28',
      weekdays: [2, 4],
      time: '15:00',
      plannedSessions: 12,
      capacity: 12,
      goals: '',
      facilitatorIds: [facilitatorId],
    }),
  );
  const members = [];
  for (const [i, c] of [oldConsent, flagged, third].entries())
    members.push(
      ok(
        await backend.invoke('groups:enrolByCode', {
          groupId: group.id,
          code: c.code,
          alias: ['Ерлан', 'Сәкен', 'Бауыржан'][i]!,
          joinedOn: '2026-12-01',
        }),
      ),
    );
  ok(await backend.invoke('groups:setStatus', { groupId: group.id, status: 'running' }));
  for (const date of ['2026-12-01', '2026-12-03']) {
    const s = ok(await backend.invoke('groupSessions:create', sessionInput(group.id, date, [facilitatorId])));
    const line = (memberId: string, attendance: 'present' | 'absent-unexcused') => ({
      memberId,
      attendance,
      participation: null,
      note: '',
      moodBefore: null,
      moodAfter: null,
    });
    ok(
      await backend.invoke('groupSessions:saveAttendance', {
        sessionId: s.id,
        rows: [line(members[0]!.id, 'present'), line(members[1]!.id, 'present'), line(members[2]!.id, 'absent-unexcused')],
      }),
    );
    if (date === '2026-12-01') {
      ok(await backend.invoke('groupSessions:saveNote', { sessionId: s.id, text: 'Танысу' }));
      ok(await backend.invoke('groupSessions:signNote', { sessionId: s.id, password: FACILITATOR.own }));
    }
  }
  for (const date of [TODAY, '2026-12-10'])
    ok(await backend.invoke('groupSessions:create', sessionInput(group.id, date, [facilitatorId])));
  ok(await backend.invoke('auth:signOut', {}));
  return { alertCode: flagged.code, consentCode: oldConsent.code, groupName, atRisk: 'Бауыржан' };
}

async function signIn(page: Page, language: Language, username: string, password: string, fullName: string): Promise<void> {
  const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
  await page.getByLabel(t('fields.username'), { exact: true }).fill(username);
  await page.getByLabel(t('fields.password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('home.title', { name: fullName }) })).toBeVisible();
}

async function signOut(page: Page, language: Language): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('button', { name: text(language, 'shell.signOut') })
    .click();
}

async function docShot(page: Page, name: string): Promise<void> {
  mkdirSync(DOC_SHOTS, { recursive: true });
  // The pointer rests where the last click was; moved away, no item is shown hovered.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(DOC_SHOTS, `${name}.png`), fullPage: true });
}

/** The section of Home whose heading is `title`, found by its accessible name. */
const section = (page: Page, title: string) => page.getByRole('region', { name: new RegExp(`^${escapeRegExp(title)}`) });

for (const language of ['kk', 'ru'] as const) {
  test(`Home shows each role what is due today, and each item opens its place (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    const t = (key: string, params?: Record<string, string | number>) => text(language, key, params);
    const clock = { t: Date.parse(`${TODAY}T04:30:00.000Z`) };
    const opened = await app.open(page, { now: () => clock.t });
    const seeded = await seed(opened.backend, language);
    await page.reload();

    // The psychologist: the alert first, then follow-ups, drafts, consents and releases, with their counts.
    await signIn(page, language, PSYCHOLOGIST.username, PSYCHOLOGIST.own, PEOPLE[language].psychologist);
    await expect(page.getByRole('heading', { level: 2, name: t('home.psychologist.title') })).toBeVisible();
    const alerts = section(page, t('home.psychologist.alerts'));
    await expect(alerts.getByRole('heading', { level: 3 })).toContainText('1');
    await expect(section(page, t('home.psychologist.drafts')).getByRole('listitem')).toHaveCount(2);
    await expect(section(page, t('home.psychologist.followUps')).getByRole('button')).toHaveCount(1);
    await expect(
      section(page, t('home.psychologist.consents')).getByRole('button', { name: new RegExp(seeded.consentCode) }),
    ).toBeVisible();
    await expect(
      section(page, t('home.psychologist.releases')).getByRole('button', { name: new RegExp(seeded.consentCode) }),
    ).toBeVisible();
    await expect(page.getByText(t('home.psychologist.consentsRule', { months: 12, days: 90 }))).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t('home.admin.title') })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: t('home.facilitator.title') })).toHaveCount(0);
    await docShot(page, `home-psychologist-${language}`);

    // One click: the alert opens the PHQ-9 draft.
    await alerts.getByRole('button', { name: new RegExp(seeded.alertCode) }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(seeded.alertCode) })).toBeVisible();

    // One key press: back on Home, Tab to the consent item and press Enter: the client's page.
    await page
      .getByRole('navigation')
      .getByRole('button', { name: t('nav.home') })
      .click();
    const consent = section(page, t('home.psychologist.consents')).getByRole('button', { name: new RegExp(seeded.consentCode) });
    await consent.focus();
    await expect(consent).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(seeded.consentCode) })).toBeVisible();

    // The unfinished drawing opens the Drawings list with its Resume dialog, ready to hand the screen
    // to the client; cancelled, the list stays, and does not ask again when shown again.
    await page
      .getByRole('navigation')
      .getByRole('button', { name: t('nav.home') })
      .click();
    await section(page, t('home.psychologist.drawings'))
      .getByRole('button', { name: new RegExp(seeded.consentCode) })
      .click();
    const resume = page.getByRole('dialog', { name: t('drawing.resume.title') });
    await expect(resume).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: t('drawing.list.title') })).toBeVisible();
    await docShot(page, `home-resume-drawing-${language}`);
    await resume.getByRole('button', { name: t('common.cancel') }).click();
    await expect(resume).toHaveCount(0);
    await page
      .getByRole('navigation')
      .getByRole('button', { name: t('groups.nav') })
      .click();
    await page
      .getByRole('navigation')
      .getByRole('button', { name: t('drawing.nav') })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t('drawing.list.title') })).toBeVisible();
    await expect(resume).toHaveCount(0);
    // Both actions are inside the table's frame at 1280 px, in Kazakh too: none is cut at its edge.
    const table = await page
      .getByRole('table', { name: t('drawing.list.caption') })
      .locator('..')
      .boundingBox();
    for (const action of ['drawing.list.resume', 'drawing.list.replay']) {
      const button = await page
        .getByRole('table', { name: t('drawing.list.caption') })
        .getByRole('button', { name: new RegExp(`^${t(action)}`) })
        .boundingBox();
      expect(button!.x + button!.width).toBeLessThanOrEqual(table!.x + table!.width);
    }
    await signOut(page, language);

    // The facilitator: today's and this week's sessions, the unsigned note, Бауыржан at risk; no client code anywhere.
    await signIn(page, language, FACILITATOR.username, FACILITATOR.own, FACILITATOR_NAME[language]);
    await expect(page.getByRole('heading', { level: 2, name: t('home.facilitator.title') })).toBeVisible();
    await expect(
      section(page, t('home.facilitator.today')).getByRole('button', { name: new RegExp(seeded.groupName) }),
    ).toBeVisible();
    await expect(section(page, t('home.facilitator.week')).getByRole('button')).toHaveCount(1);
    await expect(section(page, t('home.facilitator.unsignedNotes')).getByRole('button')).toHaveCount(1);
    const atRisk = section(page, t('home.facilitator.atRisk'));
    await expect(
      atRisk.getByText(t(`home.facilitator.atRiskRule_${language === 'ru' ? 'few' : 'other'}`, { count: 2 })),
    ).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(seeded.consentCode);
    await expect(page.getByRole('heading', { level: 2, name: t('home.psychologist.title') })).toHaveCount(0);
    await docShot(page, `home-facilitator-${language}`);
    await atRisk.getByRole('button', { name: new RegExp(seeded.atRisk) }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: t('groups.progress.title', { alias: seeded.atRisk }) }),
    ).toBeVisible();
    await signOut(page, language);

    // The admin: backups never made, the colleague on a temporary password, the audit log never checked.
    await signIn(page, language, ADMIN.username, ADMIN.password, PEOPLE[language].admin);
    await expect(page.getByRole('heading', { level: 2, name: t('home.admin.title') })).toBeVisible();
    await expect(page.getByText(t('home.admin.backupNever'))).toBeVisible();
    await expect(page.getByText(t('home.admin.auditNever'))).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t('home.psychologist.title') })).toHaveCount(0);
    await docShot(page, `home-admin-${language}`);
    await section(page, t('home.admin.temporaryPasswords'))
      .getByRole('button', { name: new RegExp(NEWCOMER.fullName) })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t('accounts.title') })).toBeVisible();
  });
}
