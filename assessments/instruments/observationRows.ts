/**
 * The observations a signed record states, row by row: one rule for the signed view on screen and
 * for the PDF report, so the two always show the same items with the same values (issue 12,
 * item 3). Each side only puts the row into words in its own language.
 *
 * A drawing protocol lists every item of the sections it asked about (optional pages that were
 * not drawn are left out): an unanswered item is "not assessed" — never "absent", never left out.
 * A questionnaire lists its items too; an unanswered one is "unanswered" (the client's omission),
 * as is free text left empty.
 */
import type { AnswerValue } from './answers';
import type { FormState } from './recordedAnswers';
import type { Instrument, Item, Section } from './schema';

export type ObservationState = 'answered' | 'notAssessed' | 'unanswered';

export type ObservationRow = { item: Item; state: ObservationState; value: AnswerValue | undefined };

export type ObservationSection = { section: Section; rows: ObservationRow[] };

/** The sections a record shows: all of them, except those of optional pages that were not drawn. */
export function shownSections(def: Instrument, drawnPageIds: readonly string[]): Section[] {
  const optional = new Set(def.kind === 'drawing' ? def.pages.filter((p) => p.optional).map((p) => p.id) : []);
  return def.sections.filter((s) => s.pageId === undefined || !optional.has(s.pageId) || drawnPageIds.includes(s.pageId));
}

const isBlank = (value: AnswerValue | undefined): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The rows of every shown section, in form order. */
export function observationRows(def: Instrument, form: FormState, drawnPageIds: readonly string[]): ObservationSection[] {
  const missing: ObservationState = def.kind === 'drawing' ? 'notAssessed' : 'unanswered';
  return shownSections(def, drawnPageIds).map((section) => ({
    section,
    rows: section.items.flatMap((item): ObservationRow[] => {
      const value = form.answers[item.id]?.value;
      if (isBlank(value)) return [{ item, state: item.kind === 'text' ? 'unanswered' : missing, value: undefined }];
      return [{ item, state: 'answered', value }];
    }),
  }));
}
