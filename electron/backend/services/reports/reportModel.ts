/**
 * Everything the PDF report shows, gathered from the stored, signed assessment (reportData.ts)
 * and already in the report's language; reportHtml.ts only lays it out. Free text (answers,
 * conclusion, addenda, names) is kept as written and escaped when the HTML is built.
 */
import type { DrawingMetrics } from '../../../../assessments/drawing/metricTypes';
import type { Orientation } from '../../../../assessments/drawing/page';
import type { Referral } from '../../../contract/assessmentChannels';
import type { Language } from '../../../contract/schemas';
import type { EducationLevelKey, LiteracyKey } from '../../../../common/clientProfileText';

export type ReferralKind = Referral['kind'];

export type ReportClientProfile = {
  educationLevel: EducationLevelKey | null;
  literacy: LiteracyKey | null;
  questionnairesReadAloud: boolean | null;
};

export type ReportDrawing =
  /** Drawn in the app: the strokes as SVG (assessments/drawing/svg.ts) and the process metrics. */
  | { medium: 'digital'; svg: string; metrics: DrawingMetrics }
  /** Drawn on paper: the stored picture; there is no process to measure. */
  | { medium: 'paper'; mime: 'image/png' | 'image/jpeg'; base64: string };

export interface ReportPage {
  title: string;
  orientation: Orientation;
  /** null when the page was not drawn (an optional page left out). */
  drawing: ReportDrawing | null;
  inquiry: { question: string; answer: string }[];
}

export interface ReportScore {
  name: string;
  /** null when the scale could not be computed. */
  value: number | null;
  band: string | null;
  /** The band is a guide without published cut-offs (e.g. RSES). */
  informal: boolean;
  prorated: boolean;
}

export interface ReportModel {
  language: Language;
  producedAt: Date;
  facilityName: string;
  /** fullName only when the person exporting chose to include it. */
  client: { code: string; fullName: string | null };
  /**
   * Issue 17 §5: the client's education, literacy and whether questionnaires are read aloud, as the profile
   * says when the report is made; each printed only when recorded.
   */
  clientProfile?: ReportClientProfile;
  assessmentId: string;
  assessedAt: Date;
  /** The reason recorded when the assessment was begun without a consent (issue 12, item 4); absent when it had one. */
  consentException?: { reason: string; by: string; at: Date } | null;
  /**
   * `administration`: questionnaires signed since issue 13, the language the client answered in and
   * whether that text is the validated one (null when not recorded, and on drawings); `licence`: the
   * licence note in the report's language, `copyright` as the definition states it.
   */
  instrument: {
    code: string;
    name: string;
    version: string;
    kind?: 'drawing' | 'questionnaire';
    administration?: { language: Language; textStatus: 'validated' | 'working' } | null;
    licence?: string;
    copyright?: string | null;
    /** Issue 13 §6: the definition's validity caveat and source findings, printed next to drawing-derived counts. */
    caveats?: string[];
  };
  pages: ReportPage[];
  scores: ReportScore[];
  /**
   * The form's rows as the signed view shows them (assessments/instruments/observationRows.ts):
   * present, absent, ratings, choices, numbers, written text; `muted` for "not assessed" / no answer.
   */
  observations: { title: string; items: { label: string; value: string; muted: boolean }[] }[];
  /** Safety flags raised by the answers, with the psychologist's acknowledgement. */
  safety: { message: string; note: string }[];
  conclusion: string;
  recommendations: string;
  referrals: { kind: ReferralKind; note: string }[];
  addenda: { text: string; by: string; at: Date }[];
  signature: { by: string; at: Date };
}
