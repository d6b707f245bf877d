import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type FormState,
  acknowledge,
  blankFormState,
  enterAnswer,
  formStatus,
  getInstrument,
  setSectionNotAssessed,
} from '../../../assessments/instruments';
import { type PageDrawingStatus, type SigningBlocker, type SigningDraft, signingBlockers } from '../../../common/signingBlockers';
import {
  SIGNING_BLOCKERS,
  type SigningBlocker as ContractBlocker,
  signingBlockerSchema,
} from '../../../electron/contract/assessmentChannels';

const htp = getInstrument('htp')!;
const phq9 = getInstrument('phq9')!;

const draft = (patch: Partial<SigningDraft> & Pick<SigningDraft, 'form'>): SigningDraft => ({
  conclusion: 'Seen today.',
  pageDrawings: new Map(),
  ...patch,
});
const drawings = (states: Record<string, PageDrawingStatus>) => new Map(Object.entries(states));
const allDrawn = { house: 'finished', tree: 'finished', person: 'finished' } as const;
/** An HTP form on which every section's rest is stated "not assessed": nothing open. */
const htpStated = (): FormState => htp.sections.reduce((form, s) => setSectionNotAssessed(form, s.id, true), blankFormState(htp));
/** PHQ-9 with every item answered 0 (no safety flag). */
const phq9Answered = () => {
  let form = blankFormState(phq9);
  for (let i = 1; i <= 9; i++) form = enterAnswer(form, `q${i}`, 0);
  return form;
};

describe('what blocks signing an assessment', () => {
  it('asks a drawing protocol for a drawing of each required page, never of an optional one', () => {
    const { blockers } = signingBlockers(htp, draft({ form: htpStated() }));
    expect(blockers).toEqual([
      { reason: 'drawingMissing', pageId: 'house' },
      { reason: 'drawingMissing', pageId: 'tree' },
      { reason: 'drawingMissing', pageId: 'person' },
    ]);
    expect(signingBlockers(htp, draft({ form: htpStated(), pageDrawings: drawings(allDrawn) })).blockers).toEqual([]);
  });

  it('names each section of a drawing protocol with items neither answered nor stated "not assessed"', () => {
    const form = setSectionNotAssessed(enterAnswer(blankFormState(htp), 'house_door', true), 'global', true);
    const { blockers } = signingBlockers(
      htp,
      draft({ form, pageDrawings: drawings({ house: 'finished', tree: 'finished', person: 'finished' }) }),
    );
    expect(blockers).toEqual([
      { reason: 'itemsOpen', sectionId: 'house_formal', count: 10 },
      { reason: 'itemsOpen', sectionId: 'house_content', count: 6 },
      { reason: 'itemsOpen', sectionId: 'tree_formal', count: 10 },
      { reason: 'itemsOpen', sectionId: 'tree_content', count: 7 },
      { reason: 'itemsOpen', sectionId: 'person_formal', count: 10 },
      { reason: 'itemsOpen', sectionId: 'person_content', count: 10 },
    ]);
  });

  it('refuses while any page’s drawing is in progress, required or optional', () => {
    const pageDrawings = drawings({ ...allDrawn, person: 'in-progress', houseColour: 'in-progress', treeColour: 'finished' });
    expect(signingBlockers(htp, draft({ form: htpStated(), pageDrawings })).blockers).toEqual([
      { reason: 'drawingInProgress', pageId: 'person' },
      { reason: 'drawingInProgress', pageId: 'houseColour' },
    ]);
  });

  it('names each answer that does not fit its item', () => {
    const form = enterAnswer(phq9Answered(), 'q1', 9);
    expect(signingBlockers(phq9, draft({ form })).blockers).toEqual([{ reason: 'answerProblem', itemId: 'q1' }]);
  });

  it('names a safety flag until a note acknowledges it; a blank note is no note', () => {
    const form = enterAnswer(phq9Answered(), 'q9', 2);
    const flagged = [{ reason: 'unacknowledgedFlag', flagId: 'selfHarmThoughts', itemId: 'q9' }];
    expect(signingBlockers(phq9, draft({ form })).blockers).toEqual(flagged);
    expect(signingBlockers(phq9, draft({ form: acknowledge(form, 'selfHarmThoughts', '  ') })).blockers).toEqual(flagged);
    expect(
      signingBlockers(phq9, draft({ form: acknowledge(form, 'selfHarmThoughts', 'Duty officer informed.') })).blockers,
    ).toEqual([]);
  });

  it('asks for a conclusion with something in it', () => {
    expect(signingBlockers(phq9, draft({ form: phq9Answered(), conclusion: ' \n\t' })).blockers).toEqual([
      { reason: 'conclusionEmpty' },
    ]);
    expect(signingBlockers(phq9, draft({ form: phq9Answered() })).blockers).toEqual([]);
  });

  it('lists the blockers in step order (drawings, answers, conclusion) with the live result they come from', () => {
    const form = enterAnswer(htpStated(), 'house_size', 7);
    const check = signingBlockers(htp, draft({ form, conclusion: '', pageDrawings: drawings({ house: 'in-progress' }) }));
    expect(check.blockers).toEqual([
      { reason: 'drawingInProgress', pageId: 'house' },
      { reason: 'drawingMissing', pageId: 'tree' },
      { reason: 'drawingMissing', pageId: 'person' },
      { reason: 'answerProblem', itemId: 'house_size' },
      { reason: 'conclusionEmpty' },
    ]);
    expect(check.result).toEqual(formStatus(htp, form).result);
  });
});

describe('the signing rule and the contract', () => {
  it('speak the same blocker codes, in the same shape', () => {
    expectTypeOf<SigningBlocker>().toExtend<ContractBlocker>();
    expectTypeOf<SigningBlocker['reason']>().toEqualTypeOf<(typeof SIGNING_BLOCKERS)[number]>();
    const form = enterAnswer(blankFormState(htp), 'house_size', 7);
    const { blockers } = signingBlockers(htp, draft({ form, conclusion: '', pageDrawings: drawings({ house: 'in-progress' }) }));
    const flagged = signingBlockers(phq9, draft({ form: enterAnswer(phq9Answered(), 'q9', 3) })).blockers;
    const all = [...blockers, ...flagged];
    for (const blocker of all) expect(signingBlockerSchema.strict().parse(blocker)).toEqual(blocker);
    expect(new Set(all.map((b) => b.reason))).toEqual(new Set(SIGNING_BLOCKERS));
  });
});
