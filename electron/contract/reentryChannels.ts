import { z } from 'zod';
import { channel } from './channel';
import { calendarDateSchema } from './clientChannels';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema, languageSchema } from './schemas';
import { clinicalText } from './signedRecord';

/**
 * The re-entry plan of one client (issue 17 §3): the key dates (release, end of probation) and a checklist of
 * eight areas, each with an owner, a status, a due date and a note. A working plan, edited in place (not a signed
 * record); part of the client record, so psychologists and admins only, and every view, change and printout is
 * audited against the client with area and field names, never the content.
 */

/** The checklist's areas, in the order the plan lists them. */
export const REENTRY_AREAS = [
  'identity-documents',
  'registration',
  'housing',
  'employment',
  'benefits',
  'health',
  'family-contact',
  'legal-matters',
] as const;
export const reentryAreaSchema = z.enum(REENTRY_AREAS);
export type ReentryArea = z.infer<typeof reentryAreaSchema>;

/** 'not-needed' takes an area out of the progress (common/reentryProgress.ts). */
export const REENTRY_STATUSES = ['not-started', 'in-progress', 'done', 'not-needed'] as const;
export const reentryStatusSchema = z.enum(REENTRY_STATUSES);
export type ReentryStatus = z.infer<typeof reentryStatusSchema>;

export const REENTRY_OWNER_MAX = 200;
export const REENTRY_NOTE_MAX = 1000;

/** One area of the checklist; `updatedAt` null for an area nobody has touched yet (not started, no owner). */
export const reentryItemSchema = z.object({
  area: reentryAreaSchema,
  owner: z.string(),
  status: reentryStatusSchema,
  dueOn: calendarDateSchema.nullable(),
  note: z.string(),
  updatedAt: isoDateTimeSchema.nullable(),
});
export type ReentryItem = z.infer<typeof reentryItemSchema>;

/** The whole plan: every area, in REENTRY_AREAS order, and the sentence dates it is checked against. */
export const reentryPlanSchema = z.object({
  clientId: idSchema,
  releaseDate: calendarDateSchema.nullable(),
  probationEnd: calendarDateSchema.nullable(),
  sentenceStart: calendarDateSchema.nullable(),
  sentenceEnd: calendarDateSchema.nullable(),
  items: z.array(reentryItemSchema),
  updatedAt: isoDateTimeSchema.nullable(),
});
export type ReentryPlan = z.infer<typeof reentryPlanSchema>;

const CLINICIANS = rolesAccess('psychologist', 'admin');
const byClient = z.object({ clientId: idSchema }).strict();

export const reentryChannels = {
  /** The plan (an empty one when nothing was recorded); audited as a view of the client. */
  'reentry:get': channel(byClient, reentryPlanSchema, CLINICIANS),
  /**
   * The key dates. Probation cannot end before the release, and the release cannot come before the sentence
   * started (the profile's date): VALIDATION naming the field.
   */
  'reentry:saveDates': channel(
    byClient
      .extend({ releaseDate: calendarDateSchema.nullable(), probationEnd: calendarDateSchema.nullable() })
      .strict()
      .refine((d) => !d.releaseDate || !d.probationEnd || d.probationEnd >= d.releaseDate, {
        path: ['probationEnd'],
        message: 'probation ends before the release',
      }),
    reentryPlanSchema,
    CLINICIANS,
  ),
  /** One area of the checklist, replaced as a whole. */
  'reentry:saveItem': channel(
    byClient
      .extend({
        area: reentryAreaSchema,
        owner: clinicalText(REENTRY_OWNER_MAX).trim(),
        status: reentryStatusSchema,
        dueOn: calendarDateSchema.nullable(),
        note: clinicalText(REENTRY_NOTE_MAX).trim(),
      })
      .strict(),
    reentryPlanSchema,
    CLINICIANS,
  ),
  /**
   * The plan as a one-page A4 PDF for the client to keep, in `language` (the client's language in the UI),
   * saved through the save port. `includeName`: print the full name beside the code. `saved` false: cancelled.
   */
  'reentry:exportPdf': channel(
    byClient.extend({ language: languageSchema, includeName: z.boolean() }).strict(),
    z.object({ saved: z.boolean() }),
    CLINICIANS,
  ),
} as const;
