import { describe, expect, it } from 'vitest';
import { acknowledge, blankFormState, enterAnswer, formStatus, getInstrument, score } from '../../../assessments/instruments';
import { signingBlockers } from '../../../common/signingBlockers';
import { blockerMessage } from '../../../renderer/features/assessment/model/blockerText';
import { localBlockers } from '../../../renderer/features/assessment/model/workflowSteps';

const phq9 = getInstrument('phq9')!;
/** Items 1–8 answered, item 9 left blank, as a client who pressed Next past it. */
const withoutItem9 = () => {
  let form = blankFormState(phq9);
  for (let i = 1; i <= 8; i++) form = enterAnswer(form, `q${i}`, 1);
  return form;
};
const draft = (form = withoutItem9(), conclusion = 'Seen today.') => ({
  form,
  inquiry: {},
  conclusion,
  recommendations: '',
  referrals: [],
});

describe('PHQ-9 item 9 left unanswered (issue 10)', () => {
  it('raises a safety alert of its own, which an answer of any value makes go', () => {
    const blank = score(phq9, { q1: 1, q2: 0 });
    expect(blank.flags).toEqual([
      expect.objectContaining({
        id: 'selfHarmUnanswered',
        itemId: 'q9',
        answer: null,
        severity: 'safety',
        requiresAcknowledgement: true,
      }),
    ]);
    for (const lang of ['kk', 'ru', 'en'] as const) expect(blank.flags[0]?.message[lang].text).toMatch(/9/);
    expect(score(phq9, { q9: 0 }).flags).toEqual([]);
    expect(score(phq9, { q9: 2 }).flags.map((f) => f.id)).toEqual(['selfHarmThoughts']);
  });

  it('blocks signing, in the backend’s rule and the screen’s, until a note says it was not answered', () => {
    const form = withoutItem9();
    expect(formStatus(phq9, form).canSign).toBe(false);
    const blockers = localBlockers(phq9, [], draft(form));
    expect(blockers).toEqual([{ reason: 'unacknowledgedFlag', flagId: 'selfHarmUnanswered', itemId: 'q9' }]);
    expect(signingBlockers(phq9, { form, conclusion: 'Seen today.', pageDrawings: new Map() }).blockers).toEqual(blockers);
    expect(blockerMessage(phq9, blockers[0]!, 'ru')).toEqual({
      key: 'assessment.missing.unansweredSafetyItem',
      params: { item: '9' },
    });

    // A blank note is no note.
    expect(localBlockers(phq9, [], draft(acknowledge(form, 'selfHarmUnanswered', '  ')))).toHaveLength(1);
    const noted = acknowledge(
      form,
      'selfHarmUnanswered',
      'Asked directly; the client declined to answer. Duty officer informed.',
    );
    expect(formStatus(phq9, noted).canSign).toBe(true);
    expect(localBlockers(phq9, [], draft(noted))).toEqual([]);
    expect(signingBlockers(phq9, { form: noted, conclusion: 'Seen today.', pageDrawings: new Map() }).blockers).toEqual([]);
  });

  it('lets the psychologist record the answer after asking; a note about the blank never acknowledges an answer above zero', () => {
    const noted = acknowledge(withoutItem9(), 'selfHarmUnanswered', 'Client did not answer.');
    expect(localBlockers(phq9, [], draft(enterAnswer(withoutItem9(), 'q9', 0)))).toEqual([]);
    // Asked directly, the client answers 1: that alert needs its own note.
    expect(localBlockers(phq9, [], draft(enterAnswer(noted, 'q9', 1)))).toEqual([
      { reason: 'unacknowledgedFlag', flagId: 'selfHarmThoughts', itemId: 'q9' },
    ]);
  });

  it('blocks a PHQ-9 signed with no answers at all', () => {
    expect(localBlockers(phq9, [], draft(blankFormState(phq9))).map((b) => b.flagId)).toEqual(['selfHarmUnanswered']);
  });
});
