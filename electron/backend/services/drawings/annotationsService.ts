import type { z } from 'zod';
import { pageSize } from '../../../../assessments/drawing/page';
import type { Annotation, annotationChannels } from '../../../contract/annotationChannels';
import { AppFailure } from '../../../contract/errors';
import {
  type AnnotationRow,
  findAnnotation,
  insertAnnotation,
  listAnnotations,
  markAnnotationDeleted,
  updateAnnotation as updateAnnotationRow,
} from '../../db/repos/annotationsRepo';
import type { DrawingRow } from '../../db/repos/drawingsRepo';
import { refuseIfSignedDrawing } from '../signing/signedDrawings';
import type { SignedInContext } from '../signedIn';
import { requireDrawing } from './drawingsService';

/**
 * Annotations (issue 3, item 8): the psychologist's pins and short notes on a drawing, on a layer
 * of their own. They are allowed on any drawing, finished and paper ones included, because they do
 * not touch the client's strokes — except a drawing of a signed assessment, which is read-only
 * with everything on it (issue 5). Every read and change is audited against the drawing (the client
 * record), with the annotation's id in the details and never its text.
 */

type Input<C extends keyof typeof annotationChannels> = z.output<(typeof annotationChannels)[C]['input']>;

function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    drawingId: row.drawing_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    kind: row.kind,
    x: row.x,
    y: row.y,
    text: row.text,
  };
}

/** The point must lie on the drawing's page: the schema allows the long side on both axes, the orientation decides. */
function requireOnPage(drawing: DrawingRow, x: number, y: number): void {
  const page = pageSize({ orientation: drawing.orientation });
  const issues = [
    ...(x > page.width ? [{ path: 'x', message: `must be at most ${page.width} on a ${drawing.orientation} page` }] : []),
    ...(y > page.height ? [{ path: 'y', message: `must be at most ${page.height} on a ${drawing.orientation} page` }] : []),
  ];
  if (issues.length > 0) throw new AppFailure('VALIDATION', 'the point is outside the page', { issues });
}

/**
 * An annotation that is not deleted and that the caller wrote. Only the author changes or deletes
 * their marks: a note records one person's observation, and an edit by someone else would put
 * words under their name (the audit log would show it, the screen would not).
 */
function requireOwnAnnotation(s: SignedInContext, id: string): AnnotationRow {
  const row = findAnnotation(s.db, id);
  if (!row || row.deleted_at !== null) throw new AppFailure('NOT_FOUND', 'no such annotation');
  if (row.created_by !== s.account.id)
    throw new AppFailure('FORBIDDEN', 'only the author changes an annotation', { reasons: ['notAuthor'] });
  // The marks on a signed assessment's drawing are part of what was signed.
  refuseIfSignedDrawing(s.db, row.drawing_id);
  return row;
}

/** The drawing's annotations that are not deleted, oldest first; audited as a view of the drawing's annotations. */
export function listDrawingAnnotations(s: SignedInContext, { drawingId }: Input<'annotations:list'>): Annotation[] {
  requireDrawing(s, drawingId);
  const rows = listAnnotations(s.db, drawingId);
  s.audit('drawing.annotationsViewed', { kind: 'drawing', id: drawingId });
  return rows.map(toAnnotation);
}

/** Adds a pin or a note at a point of the page. */
export function addAnnotation(s: SignedInContext, input: Input<'annotations:add'>): Annotation {
  const drawing = requireDrawing(s, input.drawingId);
  refuseIfSignedDrawing(s.db, drawing.id);
  requireOnPage(drawing, input.x, input.y);
  const at = s.nowIso();
  const row: AnnotationRow = {
    id: s.newId(),
    drawing_id: input.drawingId,
    created_by: s.account.id,
    created_at: at,
    updated_at: at,
    kind: input.kind,
    x: input.x,
    y: input.y,
    text: input.text,
    deleted_at: null,
  };
  s.db.transaction(() => {
    insertAnnotation(s.db, row);
    s.audit('annotation.added', { kind: 'drawing', id: input.drawingId }, { annotationId: row.id, kind: row.kind });
  })();
  return toAnnotation(row);
}

/** Changes the text, and the position when given. A change that changes nothing writes nothing. */
export function updateAnnotation(s: SignedInContext, input: Input<'annotations:update'>): Annotation {
  const row = requireOwnAnnotation(s, input.id);
  if (row.kind === 'note' && input.text.length === 0) {
    throw new AppFailure('VALIDATION', 'a note needs text', { issues: [{ path: 'text', message: 'a note needs text' }] });
  }
  const x = input.x ?? row.x;
  const y = input.y ?? row.y;
  requireOnPage(requireDrawing(s, row.drawing_id), x, y);
  const fields = [...(input.text !== row.text ? ['text'] : []), ...(x !== row.x || y !== row.y ? ['position'] : [])];
  if (fields.length === 0) return toAnnotation(row);
  const updatedAt = s.nowIso();
  s.db.transaction(() => {
    updateAnnotationRow(s.db, row.id, { text: input.text, x, y, updated_at: updatedAt });
    s.audit('annotation.updated', { kind: 'drawing', id: row.drawing_id }, { annotationId: row.id, fields });
  })();
  return toAnnotation({ ...row, text: input.text, x, y, updated_at: updatedAt });
}

/** Marks the annotation deleted: it disappears from the drawing, the row and the audit trail stay. */
export function deleteAnnotation(s: SignedInContext, { id }: Input<'annotations:delete'>): null {
  const row = requireOwnAnnotation(s, id);
  s.db.transaction(() => {
    markAnnotationDeleted(s.db, row.id, s.nowIso());
    s.audit('annotation.deleted', { kind: 'drawing', id: row.drawing_id }, { annotationId: row.id });
  })();
  return null;
}
