/**
 * What a drawing protocol's form has not yet said (issue 12, item 3). An indicator has three
 * states: present, absent and not assessed; an unanswered item is "not assessed" and is never shown
 * or counted as "absent". Before signing, the psychologist answers every item of a section, or
 * states that the rest of the section was not assessed (or, for indicators, that the rest is
 * absent) — so a signed record states only what was observed.
 *
 * Questionnaires are left out: there an unanswered item is the client's omission, which the
 * instrument's own missing-item rule handles (docs/INSTRUMENTS.md). Free-text items are never
 * required. A section of an optional page that was not drawn (HTP's chromatic phase) asks nothing.
 */
import type { FormState, RecordedAnswer } from './recordedAnswers';
import type { Instrument, Section } from './schema';

export type OpenSection = { sectionId: string; itemIds: string[] };

/** The sections a form asks about: every section, except those of optional pages not drawn. */
function askedSections(def: Instrument, drawnPageIds: readonly string[]): Section[] {
  if (def.kind !== 'drawing') return [];
  const optional = new Set(def.pages.filter((p) => p.optional).map((p) => p.id));
  return def.sections.filter((s) => s.pageId === undefined || !optional.has(s.pageId) || drawnPageIds.includes(s.pageId));
}

const answered = (state: FormState, itemId: string): boolean => {
  const value = state.answers[itemId]?.value;
  return value !== undefined && value !== null;
};

/** Whether the psychologist stated that the rest of this section was not assessed. */
export function sectionNotAssessed(state: FormState, sectionId: string): boolean {
  return (state.notAssessed ?? []).includes(sectionId);
}

/** The unanswered items of a section that still need an answer or the section's "not assessed". */
export function openItemsOf(state: FormState, section: Section): string[] {
  if (sectionNotAssessed(state, section.id)) return [];
  return section.items.filter((item) => item.kind !== 'text' && !answered(state, item.id)).map((item) => item.id);
}

/** Every section with items still open, in form order; empty when the form may be signed. */
export function openItems(def: Instrument, state: FormState, drawnPageIds: readonly string[]): OpenSection[] {
  return askedSections(def, drawnPageIds)
    .map((section) => ({ sectionId: section.id, itemIds: openItemsOf(state, section) }))
    .filter((open) => open.itemIds.length > 0);
}

/** States, or takes back, that the unanswered rest of a section was not assessed. Answers stay. */
export function setSectionNotAssessed(state: FormState, sectionId: string, notAssessed: boolean): FormState {
  const others = (state.notAssessed ?? []).filter((id) => id !== sectionId);
  return { ...state, notAssessed: notAssessed ? [...others, sectionId] : others };
}

/**
 * Records every unanswered indicator of a section as absent: an observation, made in one step.
 * Items in `except` (those with a drawing-metric suggestion waiting for a decision) stay open.
 */
export function markRestAbsent(state: FormState, section: Section, except: ReadonlySet<string> = new Set()): FormState {
  const answers: Record<string, RecordedAnswer> = { ...state.answers };
  for (const item of section.items) {
    if (item.kind === 'indicator' && !answered(state, item.id) && !except.has(item.id)) {
      answers[item.id] = { value: false, source: 'entered' };
    }
  }
  return { ...state, answers };
}
