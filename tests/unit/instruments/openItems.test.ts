import { describe, expect, it } from 'vitest';
import {
  blankFormState,
  enterAnswer,
  markRestAbsent,
  openItems,
  score,
  plainAnswers,
  setSectionNotAssessed,
} from '../../../assessments/instruments';
import { instrument } from './helpers';

const htp = instrument('htp');
const dapr = instrument('dapr');
const phq9 = instrument('phq9');
const section = (id: string) => htp.sections.find((s) => s.id === id)!;

describe('what a drawing protocol has not yet said (issue 12, item 3)', () => {
  it('asks about every item of the drawn pages, never about undrawn optional pages or free text', () => {
    const open = openItems(htp, blankFormState(htp), ['house', 'tree', 'person']);
    expect(open.map((o) => o.sectionId)).toEqual([
      'house_formal',
      'house_content',
      'tree_formal',
      'tree_content',
      'person_formal',
      'person_content',
      'global',
    ]);
    expect(open.find((o) => o.sectionId === 'house_content')?.itemIds).toHaveLength(7);
    expect(openItems(htp, blankFormState(htp), ['house', 'tree', 'person', 'houseColour']).map((o) => o.sectionId)).toContain(
      'houseColour_content',
    );
  });

  it('closes a section when its rest is stated "not assessed", and opens it again when that is taken back', () => {
    const answered = enterAnswer(blankFormState(htp), 'house_door', true);
    const stated = setSectionNotAssessed(answered, 'house_content', true);
    expect(openItems(htp, stated, ['house']).map((o) => o.sectionId)).not.toContain('house_content');
    // The answer given stays; only the rest is "not assessed".
    expect(stated.answers.house_door?.value).toBe(true);
    const back = setSectionNotAssessed(stated, 'house_content', false);
    expect(openItems(htp, back, ['house']).find((o) => o.sectionId === 'house_content')?.itemIds).toHaveLength(6);
  });

  it('records the rest of a section absent in one step, keeping what was ticked present', () => {
    const ticked = enterAnswer(blankFormState(dapr), 'stress_clouds', true);
    const form = markRestAbsent(
      ticked,
      dapr.sections.find((s) => s.id === 'stress')!,
    );
    expect(form.answers.stress_clouds?.value).toBe(true);
    expect(form.answers.stress_wind).toEqual({ value: false, source: 'entered' });
    expect(openItems(dapr, form, ['rain']).map((o) => o.sectionId)).toEqual(['resources']);
  });

  it('never counts a not-assessed indicator as absent: the count is not computed', () => {
    const stated = setSectionNotAssessed(blankFormState(dapr), 'stress', true);
    expect(score(dapr, plainAnswers(stated.answers)).scales.stress?.value).toBeNull();
    const observed = markRestAbsent(
      blankFormState(dapr),
      dapr.sections.find((s) => s.id === 'stress')!,
    );
    expect(score(dapr, plainAnswers(observed.answers)).scales.stress?.value).toBe(0);
  });

  it('leaves questionnaires to their own missing-item rules', () => {
    expect(openItems(phq9, blankFormState(phq9), [])).toEqual([]);
  });

  it('marks only indicators absent, never a rating or a choice', () => {
    const form = markRestAbsent(blankFormState(htp), section('house_formal'));
    const kinds = new Set(Object.keys(form.answers).map((id) => section('house_formal').items.find((i) => i.id === id)?.kind));
    expect([...kinds]).toEqual(['indicator']);
  });
});

describe('the rest absent, around suggestions', () => {
  it('leaves an indicator whose drawing-metric suggestion waits for a decision open', () => {
    const stress = dapr.sections.find((s) => s.id === 'stress')!;
    const form = markRestAbsent(blankFormState(dapr), stress, new Set(['stress_clouds']));
    expect(form.answers.stress_clouds).toBeUndefined();
    expect(openItems(dapr, form, ['rain']).find((o) => o.sectionId === 'stress')?.itemIds).toEqual(['stress_clouds']);
  });
});
