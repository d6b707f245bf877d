import { describe, expect, it } from 'vitest';
import { dateProblem } from '../../../renderer/features/reentry/reentryValues';
import { editProfileInput, editProfileSchema } from '../../../renderer/features/clients/clientForm';

/** The dates a person types into the plan and the profile, checked before anything is sent. */

describe('re-entry key dates', () => {
  it('refuses a release before the sentence started, naming the release date', () => {
    expect(dateProblem({ releaseDate: '2023-12-31', probationEnd: '' }, '2024-01-10')).toEqual({
      field: 'releaseDate',
      kind: 'releaseBeforeSentence',
      sentenceStart: '2024-01-10',
    });
    expect(dateProblem({ releaseDate: '2024-01-10', probationEnd: '' }, '2024-01-10')).toBeNull();
  });

  it('refuses probation ending before the release', () => {
    expect(dateProblem({ releaseDate: '2027-03-01', probationEnd: '2027-02-28' }, null)).toEqual({
      field: 'probationEnd',
      kind: 'probationBeforeRelease',
    });
  });

  it('accepts blank dates: nothing to compare', () => {
    expect(dateProblem({ releaseDate: '', probationEnd: '' }, '2024-01-10')).toBeNull();
    expect(dateProblem({ releaseDate: '', probationEnd: '2020-01-01' }, '2024-01-10')).toBeNull();
  });
});

describe('the profile form', () => {
  const blank = {
    fullName: '',
    birthDate: '',
    sex: 'none',
    language: 'none',
    unit: '',
    notes: '',
    educationLevel: 'none',
    literacy: 'none',
    readAloud: 'none',
    sentenceStart: '',
    sentenceEnd: '',
  } as const;

  it('sends blank fields as not recorded (null)', () => {
    const values = editProfileSchema.parse(blank);
    expect(editProfileInput(values)).toMatchObject({
      educationLevel: null,
      literacy: null,
      questionnairesReadAloud: null,
      sentenceStart: null,
      sentenceEnd: null,
    });
  });

  it('sends the choices as the contract names them', () => {
    const values = editProfileSchema.parse({
      ...blank,
      educationLevel: 'vocational',
      literacy: 'cannot-read',
      readAloud: 'yes',
      sentenceStart: '2024-01-10',
      sentenceEnd: '2027-01-09',
    });
    expect(editProfileInput(values)).toMatchObject({
      educationLevel: 'vocational',
      literacy: 'cannot-read',
      questionnairesReadAloud: true,
      sentenceStart: '2024-01-10',
      sentenceEnd: '2027-01-09',
    });
  });

  it('refuses a sentence that ends before it starts, on the end date', () => {
    const result = editProfileSchema.safeParse({ ...blank, sentenceStart: '2024-01-10', sentenceEnd: '2023-01-10' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['sentenceEnd']);
  });
});
