import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../electron/contract/channels';
import type { Outcome } from '../../electron/contract/referralChannels';
import type { TrendsCount, TrendsView } from '../../electron/contract/trendsChannels';
import { addMonths } from '../../electron/backend/services/trends/families';
import { addClient } from './fixtures/clientSetup';
import { setUpWithPsychologist } from './fixtures/drawingSetup';
import { type TestVault, newVault, ok } from './helpers';

/**
 * Issue 17 §7: the programme's counts in Trends — referrals made and their outcomes, legal help given, employment
 * within 3 and 6 months of release — read from the referrals table and the re-entry plans, through the same
 * suppression as every Trends figure (k = 5). The vault's clock stands at 25 November 2026.
 */

let tv: TestVault;
const invoke = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => tv.backend.invoke(channel, input);

/** One client, a referral made on `on` to a kind of service, and its outcome or status step (dated `at`). */
async function referral(
  on: string,
  end: { outcome: Outcome; at: string } | { status: 'declined' | 'no-answer'; at: string } | null,
) {
  const client = await addClient(invoke, { fullName: null, birthDate: null });
  const made = ok(
    await invoke('referrals:create', {
      clientId: client.id,
      target: {
        serviceKind: end && 'outcome' in end && end.outcome.kind === 'legal-help' ? 'legal-aid' : 'labour-mobility-centre',
      },
      reason: '',
      status: 'made',
      referredOn: on,
      followUpOn: null,
    }),
  );
  if (end && 'outcome' in end)
    ok(await invoke('referrals:recordOutcome', { id: made.id, outcome: end.outcome, on: end.at, note: '' }));
  else if (end) ok(await invoke('referrals:changeStatus', { id: made.id, status: end.status, on: end.at, note: '' }));
  return client.id;
}

const employed = (startDate: string, at = startDate): { outcome: Outcome; at: string } => ({
  outcome: { kind: 'employed', startDate, workKind: 'Сварщик' },
  at,
});
const legalHelp = (help: 'consultation' | 'application' | 'claim', at: string): { outcome: Outcome; at: string } => ({
  outcome: { kind: 'legal-help', help },
  at,
});

async function released(clientId: string, releaseDate: string) {
  ok(await invoke('reentry:saveDates', { clientId, releaseDate, probationEnd: null }));
}

async function view(measure: 'referrals' | 'legalHelp' | 'employmentAfterRelease'): Promise<TrendsView> {
  return ok(await invoke('trends:view', { measure, granularity: 'month', year: 2026, by: 'outcome' }));
}
/** The count of `row` (a month key) × `column` (an outcome), or of the row's total when `column` is null. */
function cell(v: TrendsView, row: string, column: string | null): TrendsCount {
  const r = v.rows.indexOf(row);
  if (column === null) return v.counts.rowTotals[r]!;
  return v.counts.cells[r]![v.columns.indexOf(column)]!;
}
const value = (n: number): TrendsCount => ({ kind: 'value', value: n });

/**
 * A hidden count is never the only hidden figure of its row (cells and row total) or of its column (the months and
 * the year): otherwise the table alone would give it away. The exact audit over the whole linked set is
 * tests/unit/trends/disclosure.test.ts's; this checks the tables these measures show.
 */
function noLoneHidden(v: TrendsView) {
  const lines: TrendsCount[][] = [
    ...v.rows.map((_, r) => [...v.counts.cells[r]!, v.counts.rowTotals[r]!]),
    ...v.columns.map((_, c) => [...v.rows.map((__, r) => v.counts.cells[r]![c]!), v.counts.columnTotals[c]!]),
    [...v.counts.rowTotals, v.counts.grandTotal],
  ];
  for (const line of lines) expect(line.filter((x) => x.kind === 'suppressed').length).not.toBe(1);
}
const HIDDEN: TrendsCount = { kind: 'suppressed' };

beforeAll(async () => {
  tv = newVault();
  await setUpWithPsychologist(tv.backend);
  // March: six people referred to the labour mobility centre; five found work on 1 April, one declined.
  const march: string[] = [];
  for (let i = 0; i < 5; i++) march.push(await referral('2026-03-10', employed('2026-04-01')));
  march.push(await referral('2026-03-12', { status: 'declined', at: '2026-03-20' }));
  // Released on 1 March: the five employed on 1 April (within 3 months), the one who declined (no work since: more
  // than 6 months have passed by 25 November).
  for (const id of march) await released(id, '2026-03-01');
  // June: seven referrals, six still without an outcome and one employed on 20 November; all seven released on 10
  // June. 20 November is after 10 September (+3 months) and before 10 December (+6): within 3 to 6 months. The six
  // others: not known yet, as 6 months are not over.
  const june: string[] = [];
  for (let i = 0; i < 6; i++) june.push(await referral('2026-06-02', null));
  june.push(await referral('2026-06-02', employed('2026-11-20')));
  for (const id of june) await released(id, '2026-06-10');
  // Legal help recorded in May: five consultations and two claims filed (referrals made in April).
  for (let i = 0; i < 5; i++) await referral('2026-04-20', legalHelp('consultation', '2026-05-05'));
  for (let i = 0; i < 2; i++) await referral('2026-04-21', legalHelp('claim', '2026-05-06'));
  // A release in the future is not counted yet.
  await released(await referral('2026-10-01', null), '2026-12-20');
}, 180_000);
afterAll(async () => tv?.dispose());

describe('programme counts in Trends (issue 17 §7)', () => {
  it('lists the three measures with their outcomes, and only fixed categories cross the boundary', async () => {
    const catalogue = ok(await invoke('trends:catalogue', {}));
    const byId = new Map(catalogue.measures.map((m) => [m.id, m]));
    expect(byId.get('referrals')?.outcomes).toEqual([
      'employed',
      'legalHelp',
      'documentsRestored',
      'housingFound',
      'treatmentStarted',
      'otherOutcome',
      'declined',
      'noAnswer',
      'inProgress',
    ]);
    expect(byId.get('legalHelp')?.outcomes).toEqual(['consultation', 'application', 'claim']);
    expect(byId.get('employmentAfterRelease')?.outcomes).toEqual([
      'within3Months',
      'within3To6Months',
      'notWithin6Months',
      'notYetKnown',
    ]);
    expect(catalogue.dimensions.find((d) => d.id === 'legalStatus')?.categories).toContain('serving-sentence');
    // No work kind, reason or id in any answer.
    for (const measure of ['referrals', 'legalHelp', 'employmentAfterRelease'] as const) {
      expect(JSON.stringify(await view(measure))).not.toMatch(/Сварщик|[0-9a-f]{32}/);
    }
  });

  it('counts referrals in the month they were made, by where they stand, and hides what is under k', async () => {
    const v = await view('referrals');
    expect(cell(v, '2026-03', 'declined')).toEqual(HIDDEN);
    expect(cell(v, '2026-06', 'employed')).toEqual(HIDDEN);
    expect(cell(v, '2026-10', 'inProgress')).toEqual(HIDDEN);
    // Referrals that ended in legal help are counted in the month they were made (April), all seven.
    expect(cell(v, '2026-04', 'legalHelp')).toEqual(value(7));
    expect(cell(v, '2026-04', null)).toEqual(value(7));
    expect(cell(v, '2026-06', null)).toEqual(value(7));
    expect(v.counts.grandTotal).toEqual(value(21));
    noLoneHidden(v);
  });

  it('counts legal help in the month it was given, by its kind', async () => {
    const v = await view('legalHelp');
    expect(cell(v, '2026-05', null)).toEqual(value(7));
    expect(cell(v, '2026-05', 'claim')).toEqual(HIDDEN);
    expect(cell(v, '2026-05', 'application')).toEqual(value(0));
    expect(cell(v, '2026-04', null)).toEqual(value(0));
    expect(v.counts.grandTotal).toEqual(value(7));
    noLoneHidden(v);
  });

  it('counts people released, once, in the month of release, by their first employment within 3 and 6 months', async () => {
    const v = await view('employmentAfterRelease');
    expect(cell(v, '2026-03', null)).toEqual(value(6));
    expect(cell(v, '2026-03', 'within3To6Months')).toEqual(value(0));
    expect(cell(v, '2026-03', 'notYetKnown')).toEqual(value(0));
    expect(cell(v, '2026-03', 'notWithin6Months')).toEqual(HIDDEN);
    expect(cell(v, '2026-06', null)).toEqual(value(7));
    expect(cell(v, '2026-06', 'within3Months')).toEqual(value(0));
    expect(cell(v, '2026-06', 'within3To6Months')).toEqual(HIDDEN);
    // The release of 20 December has not happened on 25 November.
    expect(cell(v, '2026-12', null)).toEqual(value(0));
    expect(v.counts.grandTotal).toEqual(value(13));
    noLoneHidden(v);
  });

  it('adds calendar months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-03-01', 3)).toBe('2026-06-01');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });
});
