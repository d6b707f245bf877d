import type { Orientation } from '../../../../assessments/drawing/page';
import type { Page } from '../../../../assessments/instruments';
import type { AssessmentPage } from '../../../contract/assessmentChannels';
import { AppFailure } from '../../../contract/errors';
import { type AssessmentRow, drawingLinks, linkDrawing, updateAssessment } from '../../db/repos/assessmentsRepo';
import { listAssessmentDrawings } from '../../db/repos/drawingsRepo';
import { createDrawing, requireDrawing } from '../drawings/drawingsService';
import type { SignedInContext } from '../signedIn';
import { type AssessmentInput, definitionOf, requireOwnDraft } from './assessmentRecord';
import { pageView } from './assessmentView';

/**
 * The drawings of an assessment's pages. Each page drawing is an ordinary `drawings` row linked to
 * the assessment once (migration 0005), so the canvas, client mode, replay, annotations and export
 * work on it unchanged. A page may be drawn again or replaced by a paper scan while the assessment
 * is a draft; the latest linked drawing is the page's, the earlier ones are kept.
 */

function requirePage(row: AssessmentRow, pageId: string): Page {
  const def = definitionOf(row);
  if (def.kind !== 'drawing')
    throw new AppFailure('INSTRUMENT_MISMATCH', 'a questionnaire has no drawing pages', { reasons: ['kind'] });
  const page = def.pages.find((p) => p.id === pageId);
  if (!page) throw new AppFailure('INSTRUMENT_MISMATCH', 'the instrument has no such page', { reasons: ['page'] });
  return page;
}

/**
 * Creates a digital drawing for a page in the page's orientation (the given one only for pages
 * that leave it open), linked to the assessment. The drawing is writable by this sign-in at once;
 * the renderer hands the screen to the client with clientMode:enter, kind drawing.
 */
export function startAssessmentDrawing(
  s: SignedInContext,
  input: AssessmentInput<'assessments:startDrawing'>,
): { drawingId: string } {
  const row = requireOwnDraft(s, input.id);
  const page = requirePage(row, input.pageId);
  const orientation: Orientation | undefined = page.orientation === 'either' ? input.orientation : page.orientation;
  if (!orientation)
    throw new AppFailure('VALIDATION', 'choose the orientation of this page', {
      issues: [{ path: 'orientation', message: 'required for this page' }],
    });
  if (page.orientation !== 'either' && input.orientation !== undefined && input.orientation !== page.orientation) {
    throw new AppFailure('INSTRUMENT_MISMATCH', 'the page has a fixed orientation', { reasons: ['orientation'] });
  }
  let drawingId = '';
  s.db.transaction(() => {
    drawingId = createDrawing(s, {
      orientation,
      instrumentId: row.instrument_id,
      pageId: page.id,
      pointerTypes: input.pointerTypes,
      screen: input.screen,
    }).id;
    linkDrawing(s.db, drawingId, row.id, row.instrument_id, page.id);
    updateAssessment(s.db, row.id, { updated_at: s.nowIso() });
    s.audit('assessment.drawingStarted', { kind: 'assessment', id: row.id }, { drawingId, pageId: page.id });
  })();
  return { drawingId };
}

/**
 * Makes a paper drawing (imported with drawings:importPaper) a page's drawing. It must be a paper
 * drawing in the page's orientation, not already part of an assessment or a group session, and not
 * imported for a different instrument or page.
 */
export function attachPaperDrawing(s: SignedInContext, input: AssessmentInput<'assessments:attachPaper'>): AssessmentPage {
  const row = requireOwnDraft(s, input.id);
  const page = requirePage(row, input.pageId);
  const drawing = requireDrawing(s, input.drawingId);
  const links = drawingLinks(s.db, drawing.id);
  const refuse = (reason: string, message: string) => {
    throw new AppFailure('INSTRUMENT_MISMATCH', message, { reasons: [reason] });
  };
  if (links?.assessment_id) {
    if (links.assessment_id !== row.id) refuse('linked', 'the drawing belongs to another assessment');
    refuse('linked', 'the drawing is already part of this assessment');
  }
  if (links?.group_session_id) refuse('linked', 'the drawing belongs to a group session');
  if (drawing.medium !== 'paper')
    refuse('notPaper', 'only paper drawings are attached; start digital ones with assessments:startDrawing');
  if (page.orientation !== 'either' && drawing.orientation !== page.orientation)
    refuse('orientation', 'the scan is not in the page orientation');
  if (
    (drawing.instrument_id !== null && drawing.instrument_id !== row.instrument_id) ||
    (drawing.page_id !== null && drawing.page_id !== page.id)
  ) {
    refuse('page', 'the scan was imported for another instrument or page');
  }
  s.db.transaction(() => {
    linkDrawing(s.db, drawing.id, row.id, row.instrument_id, page.id);
    updateAssessment(s.db, row.id, { updated_at: s.nowIso() });
    s.audit('assessment.paperAttached', { kind: 'assessment', id: row.id }, { drawingId: drawing.id, pageId: page.id });
  })();
  return pageView(listAssessmentDrawings(s.db, row.id), page.id);
}
