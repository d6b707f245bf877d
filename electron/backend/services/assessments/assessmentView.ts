import type { ScoredResult } from '../../../../assessments/instruments';
import { signingBlockers } from '../../../../common/signingBlockers';
import type { Assessment, AssessmentPage, AssessmentSummary, ScaleTotal } from '../../../contract/assessmentChannels';
import { AppFailure } from '../../../contract/errors';
import { type AssessmentRow, listAddenda, listClientAssessments, listClientLinkedDrawings } from '../../db/repos/assessmentsRepo';
import { type ClientRow, findClient } from '../../db/repos/clientsRepo';
import { type DrawingRow, listAssessmentDrawings } from '../../db/repos/drawingsRepo';
import { requireClient } from '../clients/clientsService';
import { toDrawingInfo } from '../drawings/drawingsService';
import type { SignedInContext } from '../signedIn';
import { personRef, signatureOf } from '../signing/signedRecord';
import { alteredQuietly, isAltered } from '../signing/signedSeal';
import {
  type AssessmentInput,
  clientAnsweredOf,
  currentDrawingByPage,
  definitionOf,
  formOf,
  inquiryOf,
  pageDrawingsOf,
  referralsOf,
  requireAssessment,
} from './assessmentRecord';

/** A page with its current drawing (the one linked last) and those it replaced, from the assessment's drawings in link order. */
export function pageView(linked: readonly DrawingRow[], pageId: string): AssessmentPage {
  const ofPage = linked.filter((d) => d.page_id === pageId);
  const current = ofPage.at(-1);
  return { pageId, drawing: current ? toDrawingInfo(current) : null, replacedDrawingIds: ofPage.slice(0, -1).map((d) => d.id) };
}

/**
 * The whole assessment as the screen and the report show it (not audited: callers audit the event
 * they serve). `altered` is checked quietly unless the caller already checked it (getAssessment);
 * the client's row is read unless the caller already has it (the report, for the name).
 */
export function assessmentView(
  s: SignedInContext,
  row: AssessmentRow,
  known: { altered?: boolean; client?: ClientRow | undefined } = {},
): Assessment {
  const def = definitionOf(row);
  const client = known.client ?? findClient(s.db, row.client_id);
  if (!client) throw new AppFailure('INTERNAL', 'the assessment names a missing client');
  const linked = listAssessmentDrawings(s.db, row.id);
  const form = formOf(row);
  const live = signingBlockers(def, { form, conclusion: row.conclusion, pageDrawings: pageDrawingsOf(linked) });
  const signed = row.status === 'signed' && row.scores !== null;
  const pages = def.kind === 'drawing' ? def.pages.map((page) => pageView(linked, page.id)) : [];
  return {
    id: row.id,
    client: { id: client.id, code: client.code, language: client.language, sex: client.sex },
    instrument: { id: row.instrument_id, version: row.instrument_version, kind: row.instrument_kind },
    status: row.status,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    pages,
    form,
    inquiry: inquiryOf(row),
    conclusion: row.conclusion,
    recommendations: row.recommendations,
    referrals: referralsOf(row),
    clientLanguage: row.client_language,
    clientAnsweredItemIds: clientAnsweredOf(row),
    clientFinishedAt: row.client_finished_at,
    scores: signed ? (JSON.parse(row.scores as string) as ScoredResult) : live.result,
    signingBlockers: row.status === 'draft' ? live.blockers : [],
    signature: signatureOf(row.signed_by, row.signed_name, row.signed_at),
    addenda: listAddenda(s.db, row.id).map((a) => ({
      id: a.id,
      text: a.text,
      by: personRef(a.signed_by, a.signed_name),
      at: a.signed_at,
    })),
    altered: known.altered ?? alteredQuietly(s, 'assessment', row.id),
  };
}

/** One assessment; audited as a view. */
export function getAssessment(s: SignedInContext, { id }: AssessmentInput<'assessments:get'>): Assessment {
  const row = requireAssessment(s.db, id);
  // Checked against its seal each time it is shown (a signature undone behind the app's back too); an alteration is audited once.
  const view = assessmentView(s, row, { altered: isAltered(s, 'assessment', id) });
  s.audit('assessment.viewed', { kind: 'assessment', id }, { instrumentId: row.instrument_id, status: row.status });
  return view;
}

/**
 * The client's assessments for the client page and the timeline, newest first: no answers and no
 * text, only dates, status, totals with bands and the current drawing of each page. One query for
 * the assessments and one for their drawings, whatever their number. Audited as one view of the
 * client's assessments, with their number.
 */
export function listClientAssessmentSummaries(
  s: SignedInContext,
  { clientId }: AssessmentInput<'assessments:listForClient'>,
): AssessmentSummary[] {
  requireClient(s.db, clientId);
  const rows = listClientAssessments(s.db, clientId);
  const drawingsByAssessment = new Map<string, ReturnType<typeof listClientLinkedDrawings>>();
  for (const d of listClientLinkedDrawings(s.db, clientId)) {
    const list = drawingsByAssessment.get(d.assessment_id) ?? [];
    list.push(d);
    drawingsByAssessment.set(d.assessment_id, list);
  }
  const summaries = rows.map((row): AssessmentSummary => {
    const current = currentDrawingByPage(drawingsByAssessment.get(row.id) ?? []);
    return {
      id: row.id,
      instrumentId: row.instrument_id,
      instrumentVersion: row.instrument_version,
      kind: row.instrument_kind,
      // Discarded drafts are not listed (the query leaves them out).
      status: row.status === 'signed' ? 'signed' : 'draft',
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      signedAt: row.signed_at,
      totals: JSON.parse(row.totals) as ScaleTotal[],
      flagIds: JSON.parse(row.flag_ids) as string[],
      drawings: [...current.entries()].map(([pageId, d]) => ({
        pageId,
        drawingId: d.id,
        medium: d.medium,
        finished: d.status === 'finished',
      })),
      addendumCount: row.addendum_count,
    };
  });
  s.audit('assessment.listed', { kind: 'client', id: clientId }, { count: summaries.length });
  return summaries;
}
