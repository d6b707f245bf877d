/**
 * The form renderer (InstrumentForm) shows each page's inquiry beside its items and keeps the
 * answers in the form state under the question's id; the assessment stores them apart
 * (`inquiry`: page → question → words), as the report reads them. These two functions move the
 * answers between the shapes, so the scoring step and the inquiry step edit one truth.
 */
import type { FormState, Instrument, RecordedAnswer } from '../../../../assessments/instruments';
import type { InquiryAnswers } from '../../../../electron/contract/assessmentChannels';
import type { Draft } from './draft';

/** Question id → page id, for every inquiry question of the instrument. */
function questionPages(def: Instrument): Map<string, string> {
  return new Map(def.pages.flatMap((p) => p.inquiry.map((q) => [q.id, p.id] as const)));
}

/** The form with the inquiry answers added, as InstrumentForm expects them. */
export function formWithInquiry(def: Instrument, form: FormState, inquiry: InquiryAnswers): FormState {
  const pages = questionPages(def);
  const answers: Record<string, RecordedAnswer> = {};
  for (const [id, answer] of Object.entries(form.answers)) if (!pages.has(id)) answers[id] = answer;
  for (const [questionId, pageId] of pages) {
    const text = inquiry[pageId]?.[questionId];
    if (text) answers[questionId] = { value: text, source: 'entered' };
  }
  return { ...form, answers };
}

/** Splits a form edited by InstrumentForm back into the form proper and the inquiry. */
export function splitInquiry(def: Instrument, edited: FormState): Pick<Draft, 'form' | 'inquiry'> {
  const pages = questionPages(def);
  const answers: Record<string, RecordedAnswer> = {};
  const inquiry: Record<string, Record<string, string>> = {};
  for (const [id, answer] of Object.entries(edited.answers)) {
    const pageId = pages.get(id);
    if (pageId === undefined) answers[id] = answer;
    else if (typeof answer.value === 'string' && answer.value !== '') (inquiry[pageId] ??= {})[id] = answer.value;
  }
  return { form: { ...edited, answers }, inquiry };
}
