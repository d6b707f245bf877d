import type { Db } from '../../db/connection';
import { assessmentStatusOfDrawing } from '../../db/repos/assessmentsRepo';
import { drawingSessionSigned } from '../../db/repos/groupSessionsRepo';
import { recordSigned } from './signedRecord';

/**
 * The drawing services' check that a drawing is not part of a signed record: a signed assessment's
 * drawing, or a drawing of a group session whose note is signed (issue 10). Its strokes and
 * annotations are then as read-only as the record (migrations 0005 and 0007 refuse the same
 * writes; this says why, with a code the UI can explain, before anything is attempted).
 */
export function refuseIfSignedDrawing(db: Db, drawingId: string): void {
  if (assessmentStatusOfDrawing(db, drawingId) === 'signed') {
    throw recordSigned('assessment', 'the drawing belongs to a signed assessment and is read-only');
  }
  if (drawingSessionSigned(db, drawingId)) {
    throw recordSigned('groupSession', 'the drawing belongs to a signed group session and is read-only');
  }
}
