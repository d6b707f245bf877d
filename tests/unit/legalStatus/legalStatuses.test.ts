import { describe, expect, it } from 'vitest';
import {
  LEGAL_STATUSES,
  LEGAL_STATUS_GROUPS,
  LEGAL_STATUS_MAPPING_CHOICES,
  legalStatusGroup,
} from '../../../electron/contract/legalStatuses';
import { mappingInput } from '../../../renderer/features/legalStatus/mappingChoices';

describe('legal statuses as Kazakh law has them', () => {
  it('groups every sentence as one, keeps the rest, and counts an old value as not recorded', () => {
    expect(LEGAL_STATUSES.map(legalStatusGroup)).toEqual([
      'pre-trial-detention',
      ...Array<string>(7).fill('serving-sentence'),
      'probation-pre-trial',
      'probation-sentence',
      'probation-penitentiary',
      'probation-post-penitentiary',
      'parole',
      'released',
    ]);
    expect(new Set(LEGAL_STATUSES.map(legalStatusGroup))).toEqual(new Set(LEGAL_STATUS_GROUPS));
    expect(legalStatusGroup('in-custody')).toBeNull();
    expect(legalStatusGroup(null)).toBeNull();
  });

  it('offers custody only detention or a sentence, and probation only its kinds or parole', () => {
    expect(
      LEGAL_STATUS_MAPPING_CHOICES['in-custody'].every((s) => s === 'pre-trial-detention' || s.startsWith('sentence-')),
    ).toBe(true);
    expect(LEGAL_STATUS_MAPPING_CHOICES['on-probation']).toEqual([
      'probation-pre-trial',
      'probation-sentence',
      'probation-penitentiary',
      'probation-post-penitentiary',
      'parole',
    ]);
  });
});

describe("the mapping dialog's answer", () => {
  const pending = [
    { from: 'in-custody' as const, periods: 2, clients: 2, choices: [...LEGAL_STATUS_MAPPING_CHOICES['in-custody']] },
    { from: 'on-probation' as const, periods: 1, clients: 1, choices: [...LEGAL_STATUS_MAPPING_CHOICES['on-probation']] },
  ];
  it('is sent only when every pending old value has one of its own choices', () => {
    expect(mappingInput(pending, { 'in-custody': 'sentence-full-security' })).toBeNull();
    expect(mappingInput(pending, { 'in-custody': 'sentence-full-security', 'on-probation': 'released' })).toBeNull();
    expect(mappingInput(pending, { 'in-custody': 'sentence-full-security', 'on-probation': 'parole' })).toEqual([
      { from: 'in-custody', to: 'sentence-full-security' },
      { from: 'on-probation', to: 'parole' },
    ]);
    expect(mappingInput([], {})).toBeNull();
  });
});
