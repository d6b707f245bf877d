import { describe, expect, it } from 'vitest';
import {
  type Instrument,
  blankFormState,
  enterAnswer,
  getInstrument,
  setSectionNotAssessed,
} from '../../../assessments/instruments';
import type { AssessmentPage } from '../../../electron/contract/assessmentChannels';
import type { DrawingInfo } from '../../../electron/contract/drawingChannels';
import type { Draft } from '../../../renderer/features/assessment/model/draft';
import { setInquiryAnswer } from '../../../renderer/features/assessment/model/draft';
import { formWithInquiry, splitInquiry } from '../../../renderer/features/assessment/model/inquiryForm';
import {
  blockerStep,
  localBlockers,
  missingForSigning,
  stepStatus,
  workflowSteps,
} from '../../../renderer/features/assessment/model/workflowSteps';

const def = (id: string): Instrument => getInstrument(id)!;
const htp = def('htp');
const phq9 = def('phq9');

function drawing(status: DrawingInfo['status'], medium: DrawingInfo['medium'] = 'digital'): DrawingInfo {
  return {
    id: `d-${Math.random().toString(36).slice(2, 10)}`,
    createdBy: 'u1',
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
    orientation: 'portrait',
    medium,
    status,
    instrumentId: 'htp',
    pageId: null,
    pointerTypes: [],
    screen: null,
    eventCount: 0,
    hasPendingTail: false,
    finishedAt: null,
    finishedT: null,
  };
}

const pagesWith = (states: Record<string, DrawingInfo | null>): AssessmentPage[] =>
  htp.pages.map((p) => ({ pageId: p.id, drawing: states[p.id] ?? null, replacedDrawingIds: [] }));

/** A form with every section's rest stated "not assessed": nothing left open on the scoring form. */
const stated = (instrument: Instrument) =>
  instrument.sections.reduce((form, s) => setSectionNotAssessed(form, s.id, true), blankFormState(instrument));

const draftOf = (instrument: Instrument, patch: Partial<Draft> = {}): Draft => ({
  form: stated(instrument),
  inquiry: {},
  conclusion: '',
  recommendations: '',
  referrals: [],
  ...patch,
});

describe('the steps of an assessment', () => {
  it('gives a drawing protocol drawings, inquiry, scoring, conclusion and signature; a questionnaire answers, conclusion and signature', () => {
    expect(workflowSteps(htp)).toEqual(['drawings', 'inquiry', 'scoring', 'conclusion', 'sign']);
    expect(workflowSteps(phq9)).toEqual(['answers', 'conclusion', 'sign']);
  });

  it('leaves out the inquiry step when no page asks questions', () => {
    const noInquiry = { ...htp, pages: htp.pages.map((p) => ({ ...p, inquiry: [] })) };
    expect(workflowSteps(noInquiry)).not.toContain('inquiry');
  });

  it('counts the drawings step done once every required page is finished, optional colour pages left out', () => {
    const draft = draftOf(htp);
    expect(stepStatus('drawings', htp, pagesWith({}), draft, false)).toBe('todo');
    expect(stepStatus('drawings', htp, pagesWith({ house: drawing('finished') }), draft, false)).toBe('started');
    const required = { house: drawing('finished'), tree: drawing('finished', 'paper'), person: drawing('finished') };
    expect(stepStatus('drawings', htp, pagesWith(required), draft, false)).toBe('complete');
  });

  it('asks for attention while a drawing is left unfinished', () => {
    const pages = pagesWith({
      house: drawing('finished'),
      tree: drawing('finished'),
      person: drawing('finished'),
      houseColour: drawing('in-progress'),
    });
    expect(stepStatus('drawings', htp, pages, draftOf(htp), false)).toBe('attention');
    expect(localBlockers(htp, pages, draftOf(htp, { conclusion: 'x' }))).toEqual([
      { reason: 'drawingInProgress', pageId: 'houseColour' },
    ]);
  });

  it('says the scoring form is done only when every item is answered or stated "not assessed" (issue 12)', () => {
    const pages = pagesWith({ house: drawing('finished'), tree: drawing('finished'), person: drawing('finished') });
    const blank = blankFormState(htp);
    expect(stepStatus('scoring', htp, pages, draftOf(htp, { form: blank }), false)).toBe('todo');
    const some = enterAnswer(blank, 'house_door', true);
    expect(stepStatus('scoring', htp, pages, draftOf(htp, { form: some }), false)).toBe('started');
    expect(localBlockers(htp, pages, draftOf(htp, { form: some, conclusion: 'x' }))).toContainEqual({
      reason: 'itemsOpen',
      sectionId: 'house_content',
      count: 6,
    });
    expect(stepStatus('scoring', htp, pages, draftOf(htp), false)).toBe('complete');
  });

  it('counts the inquiry of the drawn pages only', () => {
    const pages = pagesWith({ house: drawing('finished') });
    const house = htp.pages.find((p) => p.id === 'house')!;
    let inquiry = {};
    expect(stepStatus('inquiry', htp, pages, draftOf(htp, { inquiry }), false)).toBe('todo');
    inquiry = setInquiryAnswer(inquiry, 'house', house.inquiry[0]!.id, 'My grandmother lives there');
    expect(stepStatus('inquiry', htp, pages, draftOf(htp, { inquiry }), false)).toBe('started');
    for (const q of house.inquiry) inquiry = setInquiryAnswer(inquiry, 'house', q.id, 'words');
    expect(stepStatus('inquiry', htp, pages, draftOf(htp, { inquiry }), false)).toBe('complete');
  });

  it('marks every step complete once signed', () => {
    for (const step of workflowSteps(htp)) expect(stepStatus(step, htp, pagesWith({}), draftOf(htp), true)).toBe('complete');
  });
});

describe('what is missing before signing', () => {
  it('blocks a PHQ-9 with item 9 above zero until the alert has a note, and leads to the answers step', () => {
    let form = blankFormState(phq9);
    for (let i = 1; i <= 8; i++) form = enterAnswer(form, `q${i}`, 0);
    form = enterAnswer(form, 'q9', 1);
    const blockers = localBlockers(phq9, [], draftOf(phq9, { form, conclusion: 'Seen today.' }));
    expect(blockers).toEqual([{ reason: 'unacknowledgedFlag', flagId: 'selfHarmThoughts', itemId: 'q9' }]);
    expect(blockerStep(phq9, blockers[0]!)).toBe('answers');
    expect(stepStatus('answers', phq9, [], draftOf(phq9, { form }), false)).toBe('attention');

    const acknowledged = { ...form, acknowledgements: { selfHarmThoughts: 'Asked directly; safety plan agreed.' } };
    expect(localBlockers(phq9, [], draftOf(phq9, { form: acknowledged, conclusion: 'Seen today.' }))).toEqual([]);
  });

  it('a note of spaces does not acknowledge the alert', () => {
    const form = { ...enterAnswer(blankFormState(phq9), 'q9', 2), acknowledgements: { selfHarmThoughts: '   ' } };
    expect(localBlockers(phq9, [], draftOf(phq9, { form, conclusion: 'x' })).map((b) => b.reason)).toEqual([
      'unacknowledgedFlag',
    ]);
  });

  it('needs every required page drawn and a conclusion, each resolved on its own step', () => {
    const blockers = localBlockers(htp, pagesWith({ house: drawing('finished') }), draftOf(htp));
    expect(blockers).toEqual([
      { reason: 'drawingMissing', pageId: 'tree' },
      { reason: 'drawingMissing', pageId: 'person' },
      { reason: 'conclusionEmpty' },
    ]);
    expect(blockers.map((b) => blockerStep(htp, b))).toEqual(['drawings', 'drawings', 'conclusion']);
  });

  it('adds reasons the backend refused with that the screen did not find, once each', () => {
    const local = [{ reason: 'conclusionEmpty' as const }];
    expect(missingForSigning(local, ['conclusionEmpty', 'drawingMissing', 'drawingMissing', 'somethingNew'])).toEqual([
      { reason: 'conclusionEmpty' },
      { reason: 'drawingMissing' },
    ]);
  });
});

describe('the inquiry between the form and the assessment', () => {
  const house = htp.pages.find((p) => p.id === 'house')!;
  const question = house.inquiry[0]!.id;

  it('shows the stored inquiry in the form and takes edits back out of it', () => {
    const form = blankFormState(htp);
    const shown = formWithInquiry(htp, form, { house: { [question]: 'My grandmother' } });
    expect(shown.answers[question]?.value).toBe('My grandmother');
    const edited = enterAnswer(shown, question, 'My grandmother lives there');
    const split = splitInquiry(htp, edited);
    expect(split.inquiry).toEqual({ house: { [question]: 'My grandmother lives there' } });
    expect(split.form.answers[question]).toBeUndefined();
    expect(Object.keys(split.form.answers)).toEqual(Object.keys(form.answers));
  });

  it('drops an answer cleared on the form, and the page with it', () => {
    const shown = formWithInquiry(htp, blankFormState(htp), { house: { [question]: 'words' } });
    expect(splitInquiry(htp, enterAnswer(shown, question, null)).inquiry).toEqual({});
    expect(setInquiryAnswer({ house: { [question]: 'words' } }, 'house', question, '')).toEqual({});
  });
});
