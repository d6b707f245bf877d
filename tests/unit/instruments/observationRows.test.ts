import { describe, expect, it } from 'vitest';
import { blankFormState, enterAnswer } from '../../../assessments/instruments';
import { observationRows } from '../../../assessments/instruments/observationRows';
import { instrument } from './helpers';

const htp = instrument('htp');
const DRAWN = ['house', 'tree', 'person'];
const rowOf = (sections: ReturnType<typeof observationRows>, itemId: string) =>
  sections.flatMap((s) => s.rows).find((r) => r.item.id === itemId);

describe('the rows a signed record shows, on screen and in the PDF (issue 12, item 3)', () => {
  it('shows an unanswered indicator as not assessed, an unticked one as absent, and leaves none out', () => {
    let form = enterAnswer(blankFormState(htp), 'house_door', true);
    form = enterAnswer(form, 'house_windows', false);
    const sections = observationRows(htp, form, DRAWN);
    expect(rowOf(sections, 'house_door')).toMatchObject({ state: 'answered', value: true });
    expect(rowOf(sections, 'house_windows')).toMatchObject({ state: 'answered', value: false });
    expect(rowOf(sections, 'house_roof')).toMatchObject({ state: 'notAssessed', value: undefined });
    const items = htp.sections.filter((s) => !s.pageId || DRAWN.includes(s.pageId)).flatMap((s) => s.items);
    expect(sections.flatMap((s) => s.rows)).toHaveLength(items.length);
  });

  it('leaves out the sections of an optional page that was not drawn, and shows them once it was', () => {
    const form = blankFormState(htp);
    expect(observationRows(htp, form, DRAWN).map((s) => s.section.id)).not.toContain('houseColour_content');
    expect(observationRows(htp, form, [...DRAWN, 'houseColour']).map((s) => s.section.id)).toContain('houseColour_content');
  });

  it('calls an empty free text and a questionnaire’s blank item unanswered, not "not assessed"', () => {
    expect(rowOf(observationRows(htp, blankFormState(htp), DRAWN), 'interpretation')?.state).toBe('unanswered');
    const phq9 = instrument('phq9');
    const rows = observationRows(phq9, enterAnswer(blankFormState(phq9), 'q1', 2), []);
    expect(rowOf(rows, 'q1')).toMatchObject({ state: 'answered', value: 2 });
    expect(rowOf(rows, 'q2')?.state).toBe('unanswered');
  });
});
