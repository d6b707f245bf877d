import { describe, expect, it } from 'vitest';
import { blankFormState, enterAnswer } from '../../../assessments/instruments';
import { matchesSearch, normalize, searchInstruments } from '../../../renderer/features/instruments/catalogue/search';
import { askedItems, dropSkipped } from '../../../renderer/features/instruments/clientSequence';
import { formGroups } from '../../../renderer/features/instruments/formGroups';
import { contentStatus, itemNumbers } from '../../../renderer/features/instruments/localized';
import { instrument } from './helpers';

describe('catalogue search', () => {
  it('finds by code however it is typed, and by name in any language', () => {
    expect(searchInstruments('phq 9').map((d) => d.id)).toEqual(['phq9']);
    expect(searchInstruments('PHQ-9').map((d) => d.id)).toEqual(['phq9']);
    expect(searchInstruments('жоқ жануар').map((d) => d.id)).toEqual(['nonExistentAnimal']);
    expect(searchInstruments('Person-in-the-Rain').map((d) => d.id)).toEqual(['dapr']);
    expect(searchInstruments('').length).toBe(12);
  });

  it('treats ё as е and ignores case', () => {
    expect(normalize('Дождём')).toBe('дождем');
    expect(matchesSearch(instrument('dapr'), 'ДОЖДЕМ')).toBe(true);
  });
});

describe('translation status of an instrument’s content', () => {
  it('calls the published English and Russian PHQ-9 validated, our Kazakh working, and K10 in English partly validated', () => {
    expect(contentStatus(instrument('phq9'), 'en')).toBe('validated');
    expect(contentStatus(instrument('phq9'), 'ru')).toBe('validated');
    expect(contentStatus(instrument('phq9'), 'kk')).toBe('working');
    // The original K10 questions with our own instructions.
    expect(contentStatus(instrument('k10'), 'en')).toBe('mixed');
    expect(contentStatus(instrument('k10'), 'ru')).toBe('working');
  });
});

describe('form layout from the definition', () => {
  it('groups HTP by its six pages, with global ratings and interpretation last', () => {
    const groups = formGroups(instrument('htp'));
    expect(groups.map((g) => g.key)).toEqual([
      'house',
      'tree',
      'person',
      'houseColour',
      'treeColour',
      'personColour',
      '__general',
    ]);
    expect(groups.at(-1)!.sections.map((s) => s.id)).toEqual(['global', 'conclusion']);
  });

  it('numbers questionnaire items across sections and leaves drawing items unnumbered', () => {
    expect(itemNumbers(instrument('phq9')).get('difficulty')).toBe(10);
    expect(itemNumbers(instrument('dapr')).size).toBe(0);
  });
});

describe('the client’s sequence of questions', () => {
  const k10 = instrument('k10');

  it('does not ask K10 item 3 after "none of the time" on item 2', () => {
    const state = enterAnswer(blankFormState(k10), 'q2', 1);
    expect(askedItems(k10, state).map((i) => i.id)).not.toContain('q3');
    expect(askedItems(k10, blankFormState(k10))).toHaveLength(10);
  });

  it('drops an earlier answer to an item the new answer skips', () => {
    let state = enterAnswer(blankFormState(k10), 'q3', 4);
    state = dropSkipped(k10, enterAnswer(state, 'q2', 1), 'q2');
    expect(state.answers.q3).toBeUndefined();
    expect(dropSkipped(k10, enterAnswer(state, 'q2', 3), 'q2').answers.q2?.value).toBe(3);
  });
});
