import { describe, expect, it } from 'vitest';
import { clientChannels } from '../../../electron/contract/clientChannels';
import { EMPTY_NEW_CLIENT, createInput, identityValues, newClientSchema } from '../../../renderer/features/clients/clientForm';

const parseForm = (values: typeof EMPTY_NEW_CLIENT) => newClientSchema.safeParse(values);

describe('the new-client form', () => {
  it('sends an empty form as a client with only the code to be made: every field not recorded', () => {
    const parsed = parseForm(EMPTY_NEW_CLIENT);
    expect(parsed.success).toBe(true);
    const input = createInput(parsed.data!);
    expect(input).toEqual({
      fullName: null,
      birthDate: null,
      sex: null,
      language: null,
      unit: null,
      notes: '',
      legalStatus: null,
      consent: null,
    });
    expect(clientChannels['clients:create'].input.safeParse(input).success).toBe(true);
  });

  it('sends what was filled in, trimmed, with dates as calendar dates', () => {
    const parsed = parseForm({
      ...EMPTY_NEW_CLIENT,
      fullName: '  Әлия Серікова ',
      birthDate: '1989-04-07',
      sex: 'female',
      language: 'kk',
      unit: ' Отряд 2 ',
      legalStatus: 'probation-sentence',
      legalStatusStart: '2025-02-01',
      consentGiven: true,
      consent: { givenOn: '2025-10-01', scope: ['assessment'], note: '' },
    });
    const input = createInput(parsed.data!);
    expect(input).toMatchObject({
      fullName: 'Әлия Серікова',
      birthDate: '1989-04-07',
      sex: 'female',
      unit: 'Отряд 2',
      legalStatus: { status: 'probation-sentence', startDate: '2025-02-01', endDate: null },
      consent: { givenOn: '2025-10-01', scope: ['assessment'], note: '' },
    });
    expect(clientChannels['clients:create'].input.safeParse(input).success).toBe(true);
  });

  it('asks for the start of a chosen legal status and for what a consent covers, and refuses future dates', () => {
    const missing = parseForm({ ...EMPTY_NEW_CLIENT, legalStatus: 'pre-trial-detention', consentGiven: true });
    expect(missing.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'consent.givenOn',
      'consent.scope',
      'legalStatusStart',
    ]);
    const future = parseForm({ ...EMPTY_NEW_CLIENT, birthDate: '2999-01-01' });
    expect(future.error?.issues.map((i) => i.path.join('.'))).toEqual(['birthDate']);
  });

  it('starts the edit form from the stored client, not-recorded fields as empty or "none"', () => {
    const values = identityValues({
      id: 'a'.repeat(32),
      code: 'K7M4-QX9B',
      fullName: null,
      birthDate: '1990-12-31',
      language: null,
      unit: null,
      legalStatus: null,
      consentInForce: false,
      updatedAt: '2026-01-01T00:00:00.000Z',
      activityAt: '2026-01-01T00:00:00.000Z',
      sex: null,
      notes: 'n',
      createdBy: 'b'.repeat(32),
      createdAt: '2026-01-01T00:00:00.000Z',
      legalStatuses: [],
      consents: [],
      educationLevel: null,
      literacy: null,
      questionnairesReadAloud: null,
      sentenceStart: null,
      sentenceEnd: null,
    });
    expect(values).toMatchObject({ fullName: '', sex: 'none', language: 'none', unit: '', notes: 'n' });
    expect(values.birthDate).toBe('1990-12-31');
  });
});
