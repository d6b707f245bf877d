/**
 * The editable parts of an assessment as the screen holds them, and what an autosave sends:
 * only the parts changed since the last save (assessments:saveDraft replaces each part given).
 */
import type { FormState } from '../../../../assessments/instruments';
import type { Assessment, InquiryAnswers, Referral } from '../../../../electron/contract/assessmentChannels';

export interface Draft {
  form: FormState;
  inquiry: InquiryAnswers;
  conclusion: string;
  recommendations: string;
  referrals: Referral[];
}
export type DraftPart = keyof Draft;
export const DRAFT_PARTS: readonly DraftPart[] = ['form', 'inquiry', 'conclusion', 'recommendations', 'referrals'];

export function draftOf(assessment: Assessment): Draft {
  return {
    form: assessment.form,
    inquiry: assessment.inquiry,
    conclusion: assessment.conclusion,
    recommendations: assessment.recommendations,
    referrals: assessment.referrals,
  };
}

/** The saveDraft input for the given parts of the draft. */
export function savePayload(id: string, draft: Draft, parts: ReadonlySet<DraftPart>): { id: string } & Partial<Draft> {
  const payload: { id: string } & Partial<Draft> = { id };
  for (const part of DRAFT_PARTS) if (parts.has(part)) Object.assign(payload, { [part]: draft[part] });
  return payload;
}

/** One answer of the inquiry changed; an empty answer is removed, and so is a page left without answers. */
export function setInquiryAnswer(inquiry: InquiryAnswers, pageId: string, questionId: string, text: string): InquiryAnswers {
  const page = { ...(inquiry[pageId] ?? {}) };
  if (text === '') delete page[questionId];
  else page[questionId] = text;
  const next = { ...inquiry };
  if (Object.keys(page).length === 0) delete next[pageId];
  else next[pageId] = page;
  return next;
}
