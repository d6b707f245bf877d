import { z } from 'zod';
import { FormStateSchema } from '../../assessments/instruments/recordedAnswers';
import { ScoredResultSchema } from '../../assessments/instruments/result';
import { BandSchema } from '../../assessments/instruments/schema';
import { POINTER_TYPES } from '../../assessments/drawing/model';
import { channel, nothing } from './channel';
import { consentReasonSchema } from './consentChannels';
import { drawingInfoSchema, drawingScreenSchema, instrumentRefSchema } from './drawingChannels';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema, languageSchema, passwordSchema } from './schemas';
import { addendumSchema, addendumTextSchema, clinicalText, signatureSchema } from './signedRecord';

/**
 * The assessment workflow (issue 5, items 2 and 5): a client, an instrument, the drawings of its
 * pages or the questionnaire's answers, the inquiry, the scoring form, the conclusion, and a
 * signature. A signed assessment never changes (services and SQL triggers); corrections are
 * signed, dated addenda shown with the original.
 */

export const ASSESSMENT_STATUSES = ['draft', 'signed', 'discarded'] as const;
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

/** Where a client may be referred after an assessment (issue 5, item 2). */
export const REFERRAL_KINDS = ['legal-aid', 'employment-centre', 'probation-officer', 'medical', 'other'] as const;
export const referralKindSchema = z.enum(REFERRAL_KINDS);

export const MAX_REFERRALS = 20;
export const MAX_REFERRAL_NOTE = 1000;
export const MAX_CONCLUSION = 20_000;
export const MAX_RECOMMENDATIONS = 20_000;
export const MAX_INQUIRY_ANSWER = 4000;
export const MAX_ADDENDUM = 5000;
/** A form is a few hundred answers; 512 KB of JSON only stops a runaway renderer. */
export const MAX_FORM_JSON = 512 * 1024;

export const referralSchema = z.object({ kind: referralKindSchema, note: clinicalText(MAX_REFERRAL_NOTE) }).strict();
export type Referral = z.infer<typeof referralSchema>;

/** The client's words after a drawing: page id → inquiry question id → answer. */
export const inquiryAnswersSchema = z.record(
  instrumentRefSchema,
  z.record(instrumentRefSchema, clinicalText(MAX_INQUIRY_ANSWER)),
);
export type InquiryAnswers = z.infer<typeof inquiryAnswersSchema>;

/** The scoring form (assessments/instruments/recordedAnswers.ts), bounded in size at the boundary. */
export const formStateInputSchema = FormStateSchema.refine(
  (f) => JSON.stringify(f).length <= MAX_FORM_JSON,
  'the form is too large',
);

/** One answer the client gives in client mode: as `AnswerValue` of assessments/instruments/answers.ts. */
export const clientAnswerValueSchema = z.union([
  z.boolean(),
  z.number().finite(),
  z.string().max(MAX_INQUIRY_ANSWER),
  z.array(z.string().max(64)).max(64),
  z.null(),
]);

/**
 * What signing still needs (the rule is common/signingBlockers.ts). `reason` codes (also sent as
 * AppError.details.reasons by assessments:sign): answerProblem (itemId), unacknowledgedFlag
 * (flagId, itemId), drawingMissing (pageId, a required page without a drawing), drawingInProgress
 * (pageId, any page's drawing not finished), itemsOpen (sectionId, count: a drawing protocol's
 * section with items neither answered nor stated "not assessed"), conclusionEmpty.
 */
export const SIGNING_BLOCKERS = [
  'answerProblem',
  'unacknowledgedFlag',
  'drawingMissing',
  'drawingInProgress',
  'itemsOpen',
  'conclusionEmpty',
] as const;
export const signingBlockerSchema = z.object({
  reason: z.enum(SIGNING_BLOCKERS),
  pageId: z.string().optional(),
  itemId: z.string().optional(),
  flagId: z.string().optional(),
  sectionId: z.string().optional(),
  count: z.number().int().positive().optional(),
});
export type SigningBlocker = z.infer<typeof signingBlockerSchema>;

/** A drawing page of the assessment: the page's current drawing and any it replaced (kept, never deleted). */
export const assessmentPageSchema = z.object({
  pageId: z.string(),
  /** The latest drawing started or attached for this page; null until there is one. */
  drawing: drawingInfoSchema.nullable(),
  /** Earlier drawings of this page (a restart, a paper scan instead), oldest first. */
  replacedDrawingIds: z.array(idSchema),
});
export type AssessmentPage = z.infer<typeof assessmentPageSchema>;

/** Everything the assessment screen and the report show; what `assessments:get` returns (audited). */
export const assessmentSchema = z.object({
  id: idSchema,
  /**
   * `language`: the client's preferred language (null when not recorded), the default for what the client reads;
   * `sex`: their recorded sex (null when not recorded), to show gendered question forms (issue 13 §8).
   */
  client: z.object({
    id: idSchema,
    code: z.string(),
    language: languageSchema.nullable(),
    sex: z.enum(['female', 'male']).nullable(),
  }),
  /** The instrument id and the definition's version: stored at creation, and at signing the version that scored it. */
  instrument: z.object({ id: z.string(), version: z.string(), kind: z.enum(['drawing', 'questionnaire']) }),
  status: assessmentStatusSchema,
  createdBy: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** Drawing protocols: one entry per page of the definition, in its order; questionnaires: empty. */
  pages: z.array(assessmentPageSchema),
  form: FormStateSchema,
  inquiry: inquiryAnswersSchema,
  conclusion: z.string(),
  recommendations: z.string(),
  referrals: z.array(referralSchema),
  /** Questionnaires in client mode: the language the client chose, the items they answered, when they pressed Finished. */
  clientLanguage: languageSchema.nullable(),
  clientAnsweredItemIds: z.array(z.string()),
  clientFinishedAt: isoDateTimeSchema.nullable(),
  /**
   * Drafts: computed live from the form with the current definition. Signed: the result stored at
   * signing (with its instrument version, bands and flag messages), never recomputed.
   */
  scores: ScoredResultSchema,
  /** Empty when the draft could be signed now; always empty once signed. */
  signingBlockers: z.array(signingBlockerSchema),
  signature: signatureSchema.nullable(),
  /** Oldest first. */
  addenda: z.array(addendumSchema),
  /**
   * A signed assessment whose stored content no longer matches the seal made at signing: changed
   * outside the app (services/signing/signedSeal.ts), or a draft that was signed before. False for a draft never signed.
   */
  altered: z.boolean(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * One scale's total for lists and the timeline, with the band the value fell in: for a signed
 * assessment the copy stored in its result at signing, so a later definition with other cut-offs
 * or names never renames an old result; for a draft the current definition's.
 */
export const scaleTotalSchema = z.object({
  scaleId: z.string(),
  value: z.number().nullable(),
  band: BandSchema.nullable(),
});
export type ScaleTotal = z.infer<typeof scaleTotalSchema>;

/** A row of the client's assessments (client page, timeline): no answers, no text. */
export const assessmentSummarySchema = z.object({
  id: idSchema,
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  kind: z.enum(['drawing', 'questionnaire']),
  status: z.enum(['draft', 'signed']),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  signedAt: isoDateTimeSchema.nullable(),
  /** Every scale of the instrument (questionnaires; drawing protocols with descriptive scales such as DAPR): live from the draft, frozen once signed. */
  totals: z.array(scaleTotalSchema),
  /** Ids of the raised safety flags (e.g. PHQ-9 selfHarmThoughts). */
  flagIds: z.array(z.string()),
  /** Drawing protocols: the current drawing of each page that has one, for thumbnails. */
  drawings: z.array(
    z.object({ pageId: z.string(), drawingId: idSchema, medium: z.enum(['digital', 'paper']), finished: z.boolean() }),
  ),
  addendumCount: z.int().nonnegative(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

/** What the client sees in questionnaire client mode: the instrument and their own answers, nothing that identifies anyone. */
export const clientViewSchema = z.object({
  assessmentId: idSchema,
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  language: languageSchema,
  /** The client's recorded sex, to show the matching form of gendered Russian questions; null when not recorded. */
  clientSex: z.enum(['female', 'male']).nullable(),
  /** Item id → the client's answer (items the psychologist already filled are not shown). */
  answers: z.record(z.string(), clientAnswerValueSchema),
  finished: z.boolean(),
});
export type ClientView = z.infer<typeof clientViewSchema>;

const PSYCHOLOGIST = rolesAccess('psychologist');
const CLINICIANS = rolesAccess('psychologist', 'admin');
const byId = z.object({ id: idSchema }).strict();

export const assessmentChannels = {
  /**
   * Starts a draft for the client with the current definition of the instrument (its version is stored).
   * Needs a consent in force covering 'assessment', or `consentReason` when none was ever given
   * (CONSENT_REQUIRED otherwise; consentChannels.ts).
   */
  'assessments:create': channel(
    z.object({ clientId: idSchema, instrumentId: instrumentRefSchema, consentReason: consentReasonSchema.optional() }).strict(),
    assessmentSchema,
    PSYCHOLOGIST,
  ),
  /** The whole assessment; audited as a view. Admins may view. */
  'assessments:get': channel(byId, assessmentSchema, CLINICIANS),
  /** The client's assessments, newest first, discarded drafts left out; audited as a view of the client's assessments. */
  'assessments:listForClient': channel(z.object({ clientId: idSchema }).strict(), z.array(assessmentSummarySchema), CLINICIANS),
  /**
   * Autosave: replaces each part given; parts left out stay as they are. Only the draft's author;
   * refused with RECORD_SIGNED once signed. Answers that do not fit their items are kept
   * (a draft may be unfinished) and block signing.
   */
  'assessments:saveDraft': channel(
    z
      .object({
        id: idSchema,
        form: formStateInputSchema.optional(),
        inquiry: inquiryAnswersSchema.optional(),
        conclusion: clinicalText(MAX_CONCLUSION).optional(),
        recommendations: clinicalText(MAX_RECOMMENDATIONS).optional(),
        referrals: z.array(referralSchema).max(MAX_REFERRALS).optional(),
      })
      .strict(),
    z.object({ updatedAt: isoDateTimeSchema, scores: ScoredResultSchema, signingBlockers: z.array(signingBlockerSchema) }),
    PSYCHOLOGIST,
  ),
  /**
   * Creates a digital drawing for a page of the assessment's drawing protocol, in the page's
   * orientation (`orientation` only for pages whose definition says 'either'), linked to the
   * assessment. The renderer then calls `clientMode:enter` with kind drawing and the drawing id.
   */
  'assessments:startDrawing': channel(
    z
      .object({
        id: idSchema,
        pageId: instrumentRefSchema,
        screen: drawingScreenSchema,
        pointerTypes: z.array(z.enum(POINTER_TYPES)).max(POINTER_TYPES.length).optional(),
        orientation: z.enum(['portrait', 'landscape']).optional(),
      })
      .strict(),
    z.object({ drawingId: idSchema }),
    PSYCHOLOGIST,
  ),
  /** Links a paper drawing (imported with drawings:importPaper, not linked elsewhere, in the page's orientation) to a page. */
  'assessments:attachPaper': channel(
    z.object({ id: idSchema, pageId: instrumentRefSchema, drawingId: idSchema }).strict(),
    assessmentPageSchema,
    PSYCHOLOGIST,
  ),
  /** Client mode: the instrument, language and the client's own answers so far. */
  'assessments:clientView': channel(byId, clientViewSchema, PSYCHOLOGIST),
  /** Client mode: one answer (null clears it); checked against the item. */
  'assessments:clientAnswer': channel(
    z.object({ id: idSchema, itemId: instrumentRefSchema, value: clientAnswerValueSchema }).strict(),
    clientViewSchema,
    PSYCHOLOGIST,
  ),
  /** Client mode: the client pressed Finished; further answers are refused until the psychologist hands the screen over again. */
  'assessments:clientFinish': channel(byId, clientViewSchema, PSYCHOLOGIST),
  /**
   * Signs with the author's password re-entered (wrong passwords audited and slowed down). Refused
   * with ASSESSMENT_INCOMPLETE and `details.reasons` (SIGNING_BLOCKERS codes) unless complete.
   * Stores the scores with the instrument version; the assessment is read-only from then on.
   * `formLanguage`: the language the psychologist's form showed the questionnaire in; stored as the
   * language of administration unless the client answered in client mode (their language wins).
   */
  'assessments:sign': channel(
    z.object({ id: idSchema, password: passwordSchema, formLanguage: languageSchema.optional() }).strict(),
    assessmentSchema,
    PSYCHOLOGIST,
  ),
  /** A signed, dated correction to a signed assessment, with the password re-entered; never changed afterwards. */
  'assessments:addAddendum': channel(
    z.object({ id: idSchema, text: addendumTextSchema(MAX_ADDENDUM), password: passwordSchema }).strict(),
    assessmentSchema,
    PSYCHOLOGIST,
  ),
  /** Marks the author's draft discarded (kept, hidden from lists); a signed assessment cannot be discarded. */
  'assessments:discard': channel(byId, nothing, PSYCHOLOGIST),
} as const;
