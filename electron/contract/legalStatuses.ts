import { z } from 'zod';

/**
 * Legal statuses as Kazakhstan's law names them (issue 17 §4). Sources (cited in docs/ARCHITECTURE.md, "Legal statuses as Kazakh law has them",
 * and renderer/i18n/GLOSSARY.md):
 * - pre-trial detention: the preventive measure of the Code of Criminal Procedure («содержание под стражей» /
 *   «күзетпен ұстау»), before a sentence takes effect;
 * - serving a sentence of imprisonment, by the kind of institution the Penal Enforcement Code of 5 July 2014
 *   No. 234-V names (art. 89: minimum, medium, medium for minors, maximum, full, extreme and mixed security);
 * - the four kinds of probation of the Law "On Probation" of 30 December 2016 No. 38-VI: pre-trial, sentence,
 *   penitentiary and post-penitentiary;
 * - parole: conditional early release from serving the sentence (Criminal Code, art. 72);
 * - released, without supervision.
 * The order is the order of the select: detention, the institutions from the least to the most secure, then the
 * kinds of probation in the order a case passes through them, parole and release.
 */
export const SENTENCE_STATUSES = [
  'sentence-minimum-security',
  'sentence-medium-security',
  'sentence-medium-security-minors',
  'sentence-maximum-security',
  'sentence-full-security',
  'sentence-extreme-security',
  'sentence-mixed-security',
] as const;
export const PROBATION_STATUSES = [
  'probation-pre-trial',
  'probation-sentence',
  'probation-penitentiary',
  'probation-post-penitentiary',
] as const;
export const LEGAL_STATUSES = ['pre-trial-detention', ...SENTENCE_STATUSES, ...PROBATION_STATUSES, 'parole', 'released'] as const;
export const legalStatusSchema = z.enum(LEGAL_STATUSES);
export type LegalStatus = z.infer<typeof legalStatusSchema>;

/**
 * The first model's values (migration 0004) that do not say which status of the law they were: kept on the periods
 * recorded before migration 0016 until an admin or psychologist answers, once, how to map them
 * (`legalStatus:applyMapping`). No input accepts them.
 */
export const UNMAPPED_LEGAL_STATUSES = ['in-custody', 'on-probation'] as const;
export type UnmappedLegalStatus = (typeof UNMAPPED_LEGAL_STATUSES)[number];
export const unmappedLegalStatusSchema = z.enum(UNMAPPED_LEGAL_STATUSES);
/** What a stored period may hold: a status of the law, or an old value awaiting the answer. */
export const RECORDED_LEGAL_STATUSES = [...LEGAL_STATUSES, ...UNMAPPED_LEGAL_STATUSES] as const;
export const recordedLegalStatusSchema = z.enum(RECORDED_LEGAL_STATUSES);
export type RecordedLegalStatus = z.infer<typeof recordedLegalStatusSchema>;
/** The value a period was first recorded with, before migration 0016 ('released' mapped to itself). Kept for audit. */
export const ORIGINAL_LEGAL_STATUSES = ['in-custody', 'on-probation', 'released'] as const;
export const originalLegalStatusSchema = z.enum(ORIGINAL_LEGAL_STATUSES);

/** The statuses an old value may be mapped to: custody is detention or a sentence; probation a kind of it or parole. */
export const LEGAL_STATUS_MAPPING_CHOICES: Record<UnmappedLegalStatus, readonly LegalStatus[]> = {
  'in-custody': ['pre-trial-detention', ...SENTENCE_STATUSES],
  'on-probation': [...PROBATION_STATUSES, 'parole'],
};

/**
 * The coarser categories Trends and the de-identified export classify by: a sentence whatever the institution's
 * security level (a facility holds one or two levels, so the level mostly names the facility and splits every count
 * into cells too small to publish); the kinds of probation, parole and release as they are.
 */
export const LEGAL_STATUS_GROUPS = [
  'pre-trial-detention',
  'serving-sentence',
  ...PROBATION_STATUSES,
  'parole',
  'released',
] as const;
export type LegalStatusGroup = (typeof LEGAL_STATUS_GROUPS)[number];

/** The group of a recorded status; null for an old value still awaiting its mapping (counted as "not recorded"). */
export function legalStatusGroup(status: string | null): LegalStatusGroup | null {
  if (status === null) return null;
  if ((SENTENCE_STATUSES as readonly string[]).includes(status)) return 'serving-sentence';
  return (LEGAL_STATUS_GROUPS as readonly string[]).includes(status) ? (status as LegalStatusGroup) : null;
}
