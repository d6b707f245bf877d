import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { upcomingReleases } from '../../electron/backend/db/repos/reentryRepo';
import type { BackendOptions } from '../../electron/backend/openBackend';
import { type ChannelInput, type ChannelName } from '../../electron/contract/channels';
import { REENTRY_AREAS, REENTRY_NOTE_MAX, REENTRY_OWNER_MAX } from '../../electron/contract/reentryChannels';
import { REENTRY_TEXT } from '../../common/reentryText';
import { CLIENT, addClient } from './fixtures/clientSetup';
import { signedPhq9 } from './fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { openRawDb } from './fixtures/rawDb';
import { ADMIN, FACILITY, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';
import { pdfRawText } from './pdfRawText';
import { type PdfBrowser, launchPdfBrowser, pdfPages, pdfText } from './reportChromium';

/**
 * The re-entry plan and the client profile (issue 17 §3, §5) through `invoke`: what a psychologist saves is what
 * they read back, dates out of order are refused with the field named, only clinicians reach it, every view and
 * change is in the audit log without its content, and the printed page is one A4 page in the language chosen,
 * read back from real Chromium's PDF with poppler.
 */

let browser: PdfBrowser;
let tv: TestVault;
let recoveryKey: string;
let clientId: string;
let saved: { name: string; bytes: Buffer }[];
let saveAnswer: { saved: boolean };
const invoke = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => tv.backend.invoke(channel, input);

type Ports = Pick<BackendOptions, 'saveFile' | 'renderPdf'>;

async function vaultWith(ports: Partial<Ports> = {}): Promise<void> {
  saved = [];
  saveAnswer = { saved: true };
  tv = newVault(undefined, {
    saveFile: async (name, bytes) => (saveAnswer.saved && saved.push({ name, bytes }), saveAnswer),
    renderPdf: (html) => browser.renderPdf(html),
    ...ports,
  } as Ports);
  ({ recoveryKey } = await setUpWithPsychologist(tv.backend));
  clientId = (await addClient(invoke)).id;
}

/** The audit rows of re-entry plans, oldest first, straight from the database. */
async function reentryAudit(): Promise<{ action: string; target: string | null; details: Record<string, unknown> }[]> {
  const db = await openRawDb(tv.dir, recoveryKey);
  try {
    const rows = db
      .prepare(`SELECT action, target_id, details FROM audit_log WHERE action LIKE 'reentry.%' ORDER BY id`)
      .all() as { action: string; target_id: string | null; details: string }[];
    return rows.map((r) => ({
      action: r.action,
      target: r.target_id,
      details: JSON.parse(r.details) as Record<string, unknown>,
    }));
  } finally {
    db.close();
  }
}

const words = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ');

const item = (area: (typeof REENTRY_AREAS)[number], fields: Partial<ChannelInput<'reentry:saveItem'>> = {}) => ({
  clientId,
  area,
  owner: '',
  status: 'not-started' as const,
  dueOn: null,
  note: '',
  ...fields,
});

beforeAll(async () => {
  browser = await launchPdfBrowser();
});
afterAll(async () => browser?.close());
afterEach(async () => tv?.dispose());

describe('the re-entry plan', () => {
  beforeEach(() => vaultWith());

  it('starts empty: every area not started, in the checklist’s order, no dates', async () => {
    const plan = ok(await invoke('reentry:get', { clientId }));
    expect(plan.items.map((i) => i.area)).toEqual([...REENTRY_AREAS]);
    expect(
      plan.items.every((i) => i.status === 'not-started' && i.owner === '' && i.dueOn === null && i.updatedAt === null),
    ).toBe(true);
    expect(plan).toMatchObject({ releaseDate: null, probationEnd: null, sentenceStart: null, updatedAt: null });
  });

  it('keeps what was saved across a restart, and replaces an area as a whole', async () => {
    ok(await invoke('reentry:saveDates', { clientId, releaseDate: '2027-03-14', probationEnd: '2028-03-13' }));
    ok(
      await invoke(
        'reentry:saveItem',
        item('housing', { owner: 'Соцработник Айгүл', status: 'in-progress', dueOn: '2027-02-01', note: 'Хостел' }),
      ),
    );
    ok(await invoke('reentry:saveItem', item('identity-documents', { owner: 'ЦОН', status: 'done' })));
    tv.clock.t += 60_000;
    const changed = ok(
      await invoke('reentry:saveItem', item('housing', { owner: 'Айгүл', status: 'done', dueOn: null, note: '' })),
    );
    expect(changed.items.find((i) => i.area === 'housing')).toMatchObject({
      owner: 'Айгүл',
      status: 'done',
      dueOn: null,
      note: '',
    });

    await tv.restart();
    ok(await tv.backend.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password: PSYCHOLOGIST_PASSWORD }));
    const plan = ok(await invoke('reentry:get', { clientId }));
    expect(plan).toMatchObject({ releaseDate: '2027-03-14', probationEnd: '2028-03-13' });
    expect(plan.items.filter((i) => i.updatedAt !== null).map((i) => [i.area, i.owner, i.status])).toEqual([
      ['identity-documents', 'ЦОН', 'done'],
      ['housing', 'Айгүл', 'done'],
    ]);
    // One row per area, never a second one for the same area.
    const db = await openRawDb(tv.dir, recoveryKey);
    try {
      expect(db.prepare('SELECT area, count(*) AS n FROM reentry_items GROUP BY area ORDER BY area').all()).toEqual([
        { area: 'housing', n: 1 },
        { area: 'identity-documents', n: 1 },
      ]);
    } finally {
      db.close();
    }
  });

  it('accepts blank fields (no owner, no date, no note) and trims an owner of only spaces to blank', async () => {
    ok(await invoke('reentry:saveDates', { clientId, releaseDate: null, probationEnd: null }));
    const plan = ok(await invoke('reentry:saveItem', item('benefits', { owner: '   ', status: 'not-needed' })));
    expect(plan.items.find((i) => i.area === 'benefits')).toMatchObject({
      owner: '',
      status: 'not-needed',
      dueOn: null,
      note: '',
    });
  });

  it('refuses too long an owner or note, a control character, an unknown area or status', async () => {
    fails(await invoke('reentry:saveItem', item('health', { owner: 'x'.repeat(REENTRY_OWNER_MAX + 1) })), 'VALIDATION');
    fails(await invoke('reentry:saveItem', item('health', { note: 'x'.repeat(REENTRY_NOTE_MAX + 1) })), 'VALIDATION');
    fails(await invoke('reentry:saveItem', item('health', { note: 'bell\u0007' })), 'VALIDATION');
    fails(await tv.backend.invokeRaw('reentry:saveItem', { ...item('health'), area: 'pension' }), 'VALIDATION');
    fails(await tv.backend.invokeRaw('reentry:saveItem', { ...item('health'), status: 'maybe' }), 'VALIDATION');
    fails(await invoke('reentry:get', { clientId: 'f'.repeat(32) }), 'NOT_FOUND');
    expect(ok(await invoke('reentry:get', { clientId })).items.every((i) => i.updatedAt === null)).toBe(true);
  });
});

describe('dates out of order', () => {
  beforeEach(() => vaultWith());

  it('refuses probation ending before the release, naming probationEnd', async () => {
    const error = fails(
      await invoke('reentry:saveDates', { clientId, releaseDate: '2027-03-14', probationEnd: '2027-03-13' }),
      'VALIDATION',
    );
    expect(error.details?.issues?.map((i) => i.path)).toEqual(['probationEnd']);
  });

  it('refuses a release before the sentence started, from either side, and keeps what was stored', async () => {
    ok(
      await invoke('clients:update', {
        id: clientId,
        ...CLIENT_IDENTITY,
        sentenceStart: '2024-01-10',
        sentenceEnd: '2027-01-09',
      }),
    );
    const early = fails(
      await invoke('reentry:saveDates', { clientId, releaseDate: '2024-01-09', probationEnd: null }),
      'VALIDATION',
    );
    expect(early.details?.issues?.map((i) => i.path)).toEqual(['releaseDate']);
    // The release on the first day of the sentence is possible (time served in pre-trial detention counts).
    ok(await invoke('reentry:saveDates', { clientId, releaseDate: '2024-01-10', probationEnd: null }));
    const later = fails(
      await invoke('clients:update', { id: clientId, ...CLIENT_IDENTITY, sentenceStart: '2024-02-01' }),
      'VALIDATION',
    );
    expect(later.details?.issues?.map((i) => i.path)).toEqual(['sentenceStart']);
    expect(ok(await invoke('clients:get', { clientId })).sentenceStart).toBe('2024-01-10');
  });

  it('refuses a sentence that ends before it starts', async () => {
    fails(
      await invoke('clients:update', {
        id: clientId,
        ...CLIENT_IDENTITY,
        sentenceStart: '2024-01-10',
        sentenceEnd: '2024-01-09',
      }),
      'VALIDATION',
    );
    // Against the stored start too, when only the end is sent.
    ok(await invoke('clients:update', { id: clientId, ...CLIENT_IDENTITY, sentenceStart: '2024-01-10' }));
    const error = fails(
      await invoke('clients:update', { id: clientId, ...CLIENT_IDENTITY, sentenceEnd: '2023-01-01' }),
      'VALIDATION',
    );
    expect(error.details?.issues?.map((i) => i.path)).toEqual(['sentenceEnd']);
  });
});

const CLIENT_IDENTITY = {
  fullName: CLIENT.fullName,
  birthDate: CLIENT.birthDate,
  sex: CLIENT.sex,
  language: CLIENT.language,
  unit: CLIENT.unit,
  notes: CLIENT.notes,
};

describe('the client profile (issue 17 §5)', () => {
  beforeEach(() => vaultWith());

  it('stores education, literacy, read-aloud and the sentence; a field left out keeps its value; blank is null', async () => {
    const detail = ok(
      await invoke('clients:update', {
        id: clientId,
        ...CLIENT_IDENTITY,
        educationLevel: 'basic-secondary',
        literacy: 'reads-with-difficulty',
        questionnairesReadAloud: true,
        sentenceStart: '2024-01-10',
        sentenceEnd: '2027-01-09',
      }),
    );
    expect(detail).toMatchObject({
      educationLevel: 'basic-secondary',
      literacy: 'reads-with-difficulty',
      questionnairesReadAloud: true,
      sentenceStart: '2024-01-10',
      sentenceEnd: '2027-01-09',
    });
    // An older screen sends only the identity: the profile stays.
    expect(ok(await invoke('clients:update', { id: clientId, ...CLIENT_IDENTITY, notes: 'changed' }))).toMatchObject({
      educationLevel: 'basic-secondary',
      questionnairesReadAloud: true,
    });
    expect(
      ok(await invoke('clients:update', { id: clientId, ...CLIENT_IDENTITY, questionnairesReadAloud: false, literacy: null })),
    ).toMatchObject({ questionnairesReadAloud: false, literacy: null, educationLevel: 'basic-secondary' });
    // A new client may be registered with a profile; without one everything is "not recorded".
    expect(await addClient(invoke, { educationLevel: 'higher' })).toMatchObject({ educationLevel: 'higher', literacy: null });
    expect(await addClient(invoke)).toMatchObject({ educationLevel: null, questionnairesReadAloud: null, sentenceStart: null });
  });

  it('audits the profile fields changed by name, never their values', async () => {
    ok(await invoke('clients:update', { id: clientId, ...CLIENT_IDENTITY, educationLevel: 'higher', sentenceEnd: '2027-01-09' }));
    const db = await openRawDb(tv.dir, recoveryKey);
    try {
      const row = db.prepare(`SELECT details FROM audit_log WHERE action = 'client.updated' ORDER BY id DESC LIMIT 1`).get() as {
        details: string;
      };
      expect(JSON.parse(row.details)).toEqual({ fields: ['educationLevel', 'sentenceEnd'] });
    } finally {
      db.close();
    }
  });

  it('prints education, literacy and read-aloud in the assessment report where they are known', async () => {
    const phq9 = await signedPhq9(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    ok(await invoke('assessments:exportPdf', { assessmentId: phq9.id, includeName: false, language: 'ru' }));
    const before = words(saved[0]!.bytes);
    expect(before).not.toContain('Образование');
    expect(before).not.toContain('Опросники');

    ok(
      await invoke('clients:update', {
        id: clientId,
        ...CLIENT_IDENTITY,
        educationLevel: 'primary',
        literacy: 'cannot-read',
        questionnairesReadAloud: true,
      }),
    );
    ok(await invoke('assessments:exportPdf', { assessmentId: phq9.id, includeName: false, language: 'ru' }));
    const after = words(saved[1]!.bytes);
    expect(after).toContain('Образование Начальное');
    expect(after).toContain('Грамотность Не умеет читать');
    expect(after).toContain('Опросники Зачитываются клиенту вслух');
    ok(await invoke('assessments:exportPdf', { assessmentId: phq9.id, includeName: false, language: 'kk' }));
    expect(words(saved[2]!.bytes)).toContain('Білімі Бастауыш');
  });
});

describe('who may see a plan, and what the audit log keeps', () => {
  beforeEach(() => vaultWith());

  it('refuses facilitators and supervisors every re-entry channel, and lets admins in', async () => {
    const calls: { [C in ChannelName]?: ChannelInput<C> } = {
      'reentry:get': { clientId },
      'reentry:saveDates': { clientId, releaseDate: '2027-01-01', probationEnd: null },
      'reentry:saveItem': item('housing', { owner: 'someone' }),
      'reentry:exportPdf': { clientId, language: 'kk', includeName: false },
    };
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'facilitator-1', ['facilitator'], 'Facilitator-Own-Pass-2026');
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'supervisor-1', ['supervisor'], 'Supervisor-Own-Pass-2026');
    for (const [username, password] of [
      ['facilitator-1', 'Facilitator-Own-Pass-2026'],
      ['supervisor-1', 'Supervisor-Own-Pass-2026'],
    ] as const) {
      await signInAs(tv.backend, username, password);
      for (const [channel, input] of Object.entries(calls)) fails(await tv.backend.invokeRaw(channel, input), 'FORBIDDEN');
    }
    expect(saved).toEqual([]);
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    const plan = ok(
      await invoke('reentry:saveItem', item('employment', { owner: 'Центр трудовой мобильности', status: 'in-progress' })),
    );
    expect(plan.items.find((i) => i.area === 'employment')?.status).toBe('in-progress');
    expect(plan.releaseDate).toBeNull();
  });

  it('audits views, changes and printouts against the client with area and field names only; a save that changes nothing is not recorded', async () => {
    ok(await invoke('reentry:get', { clientId }));
    ok(await invoke('reentry:saveDates', { clientId, releaseDate: '2027-03-14', probationEnd: null }));
    ok(await invoke('reentry:saveDates', { clientId, releaseDate: '2027-03-14', probationEnd: null }));
    ok(await invoke('reentry:saveItem', item('legal-matters', { owner: 'Адвокат Серік', note: 'Иск о взыскании алиментов' })));
    ok(await invoke('reentry:saveItem', item('legal-matters', { owner: 'Адвокат Серік', note: 'Иск о взыскании алиментов' })));
    ok(await invoke('reentry:saveItem', item('legal-matters', { owner: 'Адвокат Серік', note: 'Иск', status: 'done' })));
    ok(await invoke('reentry:exportPdf', { clientId, language: 'ru', includeName: true }));
    saveAnswer = { saved: false };
    ok(await invoke('reentry:exportPdf', { clientId, language: 'kk', includeName: false }));

    const audit = await reentryAudit();
    expect(audit).toEqual([
      { action: 'reentry.viewed', target: clientId, details: {} },
      { action: 'reentry.datesSaved', target: clientId, details: { fields: ['releaseDate'] } },
      { action: 'reentry.itemSaved', target: clientId, details: { area: 'legal-matters', fields: ['owner', 'note'] } },
      { action: 'reentry.itemSaved', target: clientId, details: { area: 'legal-matters', fields: ['status', 'note'] } },
      { action: 'reentry.exported', target: clientId, details: { language: 'ru', includeName: true } },
    ]);
    const text = JSON.stringify(audit);
    for (const secret of ['Серік', 'Иск', '2027', CLIENT.fullName!]) expect(text).not.toContain(secret);
  });
});

describe('the printed plan', () => {
  beforeEach(() => vaultWith());

  async function fullPlan() {
    ok(
      await invoke('clients:update', {
        id: clientId,
        ...CLIENT_IDENTITY,
        sentenceStart: '2024-01-10',
        sentenceEnd: '2027-01-09',
      }),
    );
    ok(await invoke('reentry:saveDates', { clientId, releaseDate: '2026-12-20', probationEnd: '2027-12-19' }));
    ok(
      await invoke('reentry:saveItem', item('identity-documents', { owner: 'ХҚКО / ЦОН', status: 'done', dueOn: '2026-11-01' })),
    );
    // Due five days ago and not started: overdue. The documents above were due earlier, but are done.
    ok(await invoke('reentry:saveItem', item('registration', { status: 'not-started', dueOn: '2026-11-20' })));
    ok(
      await invoke(
        'reentry:saveItem',
        item('housing', {
          owner: 'Әпкесі Гүлнар',
          status: 'in-progress',
          dueOn: '2026-12-15',
          note: 'Алматы қаласы, әпкесінің үйі',
        }),
      ),
    );
    ok(await invoke('reentry:saveItem', item('benefits', { status: 'not-needed' })));
  }

  it.each([
    ['kk', 'Әлеуметтік бейімделу жоспары', 'Орындалды: 7 ішінен 1', '20.12.2026'],
    ['ru', 'План социальной адаптации', 'Выполнено: 1 из 7', '20.12.2026'],
    ['en', 'Re-entry plan', 'Done: 1 of 7', '20/12/2026'],
  ] as const)(
    'is one A4 page in the language chosen (%s), with the code and without the name',
    async (language, title, progress, release) => {
      await fullPlan();
      expect(ok(await invoke('reentry:exportPdf', { clientId, language, includeName: false }))).toEqual({ saved: true });
      const [{ name, bytes }] = saved as [{ name: string; bytes: Buffer }];
      const code = ok(await invoke('clients:get', { clientId })).code;
      expect(name).toBe(`${code}_reentry-plan_2026-11-25.pdf`);
      const pages = pdfPages(bytes, 80);
      expect(pages).toHaveLength(1);
      // The page as a person sees it, kept with the test's results to be looked at.
      const results = resolve(import.meta.dirname, '../../test-results/reentry');
      mkdirSync(results, { recursive: true });
      writeFileSync(join(results, `reentry-pdf-${language}.png`), pages[0]!);
      const text = pdfRawText(bytes);
      expect(text).toContain(title);
      expect(text).toContain(code);
      expect(text).toContain(FACILITY);
      expect(text).toContain(progress);
      expect(text).toContain(release);
      for (const area of REENTRY_AREAS) expect(text).toContain(REENTRY_TEXT[language].areas[area]);
      expect(text).toContain(REENTRY_TEXT[language].statuses['in-progress']);
      expect(text.split(REENTRY_TEXT[language].overdue)).toHaveLength(2);
      expect(text).toContain('Әпкесі Гүлнар');
      expect(text).not.toContain('Сейітов');
    },
  );

  it('prints the name only when asked', async () => {
    ok(await invoke('reentry:exportPdf', { clientId, language: 'kk', includeName: true }));
    expect(words(saved[0]!.bytes)).toContain(CLIENT.fullName!);
  });

  it('stays one page with every owner and note at its longest', async () => {
    ok(await invoke('reentry:saveDates', { clientId, releaseDate: '2026-12-20', probationEnd: '2027-12-19' }));
    const longWords = (n: number, w: string) =>
      Array.from({ length: n }, () => w)
        .join(' ')
        .slice(0, n);
    for (const area of REENTRY_AREAS) {
      ok(
        await invoke(
          'reentry:saveItem',
          item(area, {
            owner: longWords(REENTRY_OWNER_MAX, 'Жауапты'),
            note: longWords(REENTRY_NOTE_MAX, 'құжаттарды'),
            status: 'in-progress',
            // Past: every row carries the overdue mark too.
            dueOn: '2026-11-01',
          }),
        ),
      );
    }
    ok(await invoke('reentry:exportPdf', { clientId, language: 'kk', includeName: true }));
    const pages = pdfPages(saved[0]!.bytes, 80);
    expect(pages).toHaveLength(1);
    mkdirSync(resolve(import.meta.dirname, '../../test-results/reentry'), { recursive: true });
    writeFileSync(resolve(import.meta.dirname, '../../test-results/reentry/reentry-pdf-longest.png'), pages[0]!);
  });

  it('says so when it cannot render or save, and records the failure', async () => {
    await tv.dispose();
    await vaultWith({ renderPdf: undefined });
    fails(await invoke('reentry:exportPdf', { clientId, language: 'ru', includeName: false }), 'EXPORT_UNAVAILABLE');
    await tv.dispose();
    await vaultWith({
      saveFile: async () => {
        throw new Error('disk full at /home/psy/plan.pdf');
      },
    });
    const error = fails(await invoke('reentry:exportPdf', { clientId, language: 'ru', includeName: false }), 'EXPORT_FAILED');
    expect(error.message).not.toContain('/home');
    expect((await reentryAudit()).map((a) => a.action)).toEqual(['reentry.exportFailed']);
  });
});

describe('upcoming releases (for the home screen)', () => {
  beforeEach(() => vaultWith());

  it('lists clients released from today up to the given number of days, soonest first', async () => {
    const later = (await addClient(invoke)).id;
    const past = (await addClient(invoke)).id;
    const far = (await addClient(invoke)).id;
    ok(await invoke('reentry:saveDates', { clientId, releaseDate: '2026-12-05', probationEnd: null }));
    ok(await invoke('reentry:saveDates', { clientId: later, releaseDate: '2026-11-25', probationEnd: null }));
    ok(await invoke('reentry:saveDates', { clientId: past, releaseDate: '2026-11-24', probationEnd: null }));
    ok(await invoke('reentry:saveDates', { clientId: far, releaseDate: '2027-01-01', probationEnd: null }));
    const db = await openRawDb(tv.dir, recoveryKey);
    try {
      expect(upcomingReleases(db, '2026-11-25', 30).map((r) => [r.clientId, r.releaseDate])).toEqual([
        [later, '2026-11-25'],
        [clientId, '2026-12-05'],
      ]);
      expect(upcomingReleases(db, '2026-11-25', 0).map((r) => r.clientId)).toEqual([later]);
      expect(upcomingReleases(db, '2026-11-25', 30)[0]!.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    } finally {
      db.close();
    }
  });
});
