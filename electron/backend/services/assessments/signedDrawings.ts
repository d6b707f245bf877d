import { AppFailure } from '../../../contract/errors';
import type { Db } from '../../db/connection';
import { assessmentStatusOfDrawing } from '../../db/repos/assessmentsRepo';

/**
 * The drawing services' check that a drawing is not part of a signed assessment: its strokes and
 * annotations are then as read-only as the assessment (migration 0005's triggers refuse the same
 * writes; this says why, with a code the UI can explain, before anything is attempted).
 */
export function refuseIfSignedDrawing(db: Db, drawingId: string): void {
  if (assessmentStatusOfDrawing(db, drawingId) === 'signed') {
    throw new AppFailure('ASSESSMENT_SIGNED', 'the drawing belongs to a signed assessment and is read-only');
  }
}
