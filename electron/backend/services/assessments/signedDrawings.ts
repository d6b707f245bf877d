import { AppFailure } from '../../../contract/errors';
import type { Db } from '../../db/connection';
import { assessmentStatusOfDrawing } from '../../db/repos/assessmentsRepo';
import { drawingSessionSigned } from '../../db/repos/groupSessionsRepo';

/**
 * The drawing services' check that a drawing is not part of a signed record: a signed assessment's
 * drawing, or a drawing of a group session whose note is signed (issue 10). Its strokes and
 * annotations are then as read-only as the record (migrations 0005 and 0007 refuse the same
 * writes; this says why, with a code the UI can explain, before anything is attempted).
 */
export function refuseIfSignedDrawing(db: Db, drawingId: string): void {
  if (assessmentStatusOfDrawing(db, drawingId) === 'signed') {
    throw new AppFailure('ASSESSMENT_SIGNED', 'the drawing belongs to a signed assessment and is read-only');
  }
  if (drawingSessionSigned(db, drawingId)) {
    throw new AppFailure('NOTE_SIGNED', 'the drawing belongs to a signed group session and is read-only');
  }
}
