import { describe, expect, it } from 'vitest';
import type { AssessmentSummary } from '../../../electron/contract/assessmentChannels';
import { sortForClientPage } from '../../../renderer/features/assessment/model/assessmentList';
import { changedAnswers, formOfClientView } from '../../../renderer/features/assessment/model/clientAnswers';
import { type Draft, savePayload } from '../../../renderer/features/assessment/model/draft';
import { setReferral, toggleReferral } from '../../../renderer/features/assessment/model/referrals';

describe('autosave', () => {
  it('sends only the parts changed since the last save', () => {
    const draft: Draft = {
      form: { answers: {}, acknowledgements: {} },
      inquiry: {},
      conclusion: 'c',
      recommendations: 'r',
      referrals: [],
    };
    expect(savePayload('a1', draft, new Set(['conclusion']))).toEqual({ id: 'a1', conclusion: 'c' });
    expect(Object.keys(savePayload('a1', draft, new Set(['form', 'referrals'])))).toEqual(['id', 'form', 'referrals']);
  });
});

describe('referrals', () => {
  it('keeps one per kind in the contract order and drops the note when unticked', () => {
    let referrals = toggleReferral([], 'other', true);
    referrals = toggleReferral(referrals, 'legal-aid', true);
    referrals = setReferral(referrals, 'legal-aid', 'documents');
    expect(referrals).toEqual([
      { kind: 'legal-aid', note: 'documents' },
      { kind: 'other', note: '' },
    ]);
    expect(toggleReferral(referrals, 'legal-aid', false)).toEqual([{ kind: 'other', note: '' }]);
    expect(toggleReferral(referrals, 'legal-aid', true)).toEqual(referrals);
  });
});

describe('questionnaire client mode', () => {
  it('sends each changed answer, and a cleared one as null', () => {
    const before = formOfClientView({
      assessmentId: 'a',
      instrumentId: 'k10',
      instrumentVersion: '1',
      language: 'kk',
      clientSex: null,
      answers: { q1: 2, q2: 1, q3: 3 },
      finished: false,
    });
    const after = { ...before, answers: { q1: before.answers.q1!, q2: { value: 5, source: 'entered' as const } } };
    expect(changedAnswers(before, after).sort()).toEqual([
      ['q2', 5],
      ['q3', null],
    ]);
  });
});

describe('the client page list', () => {
  const row = (id: string, status: 'draft' | 'signed', updatedAt: string, signedAt: string | null = null): AssessmentSummary => ({
    id,
    instrumentId: 'phq9',
    instrumentVersion: '1.0.0',
    kind: 'questionnaire',
    status,
    createdAt: updatedAt,
    updatedAt,
    signedAt,
    totals: [],
    flagIds: [],
    drawings: [],
    addendumCount: 0,
  });

  it('puts drafts first, each group newest first', () => {
    const rows = [
      row('s-old', 'signed', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'),
      row('d-old', 'draft', '2026-02-01T00:00:00Z'),
      row('s-new', 'signed', '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'),
      row('d-new', 'draft', '2026-04-01T00:00:00Z'),
    ];
    expect(sortForClientPage(rows).map((r) => r.id)).toEqual(['d-new', 'd-old', 's-new', 's-old']);
  });
});
