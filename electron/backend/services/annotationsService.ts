import { pageSize } from '../../../assessments/drawing/page';
import type { Annotation } from '../../contract/drawingExtraChannels';
import { AppFailure } from '../../contract/errors';
import {
  type AnnotationRow,
  findAnnotation,
  insertAnnotation,
  listAnnotations,
  markAnnotationDeleted,
  updateAnnotation as updateAnnotationRow,
} from '../db/repos/annotationsRepo';
import type { DrawingRow } from '../db/repos/drawingsRepo';
import type { OpenVault } from '../vault/vault';
import { newId } from '../vault/wrap';
import { refuseIfSignedDrawing } from './assessments/signedDrawings';
import { nowIso, type ServiceContext, audit } from './context';
import { requireDrawing } from './drawingsService';

/**
 * Annotations (issue 3, item 8): the psychologist's pins and short notes on a drawing, on a layer
 * of their own. They are allowed on any drawing, finished and paper ones included, because they do
 * not touch the client's strokes — except a drawing of a signed assessment, which is read-only
 * with everything on it (issue 5). Every read and change is audited against the drawing (the client
 * record), with the annotation's id in the details and never its text.
 */

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
function requireOwnAnnotation(open: OpenVault, id: string): AnnotationRow {
  const row = findAnnotation(open.db, id);
  if (!row || row.deleted_at !== null) throw new AppFailure('NOT_FOUND', 'no such annotation');
  if (row.created_by !== open.account.id) throw new AppFailure('FORBIDDEN', 'only the author changes an annotation', { reasons: ['notAuthor'] });
  // The marks on a signed assessment's drawing are part of what was signed.
  refuseIfSignedDrawing(open.db, row.drawing_id);
  return row;
}

/** The drawing's annotations that are not deleted, oldest first; audited as a view of the drawing's annotations. */
export function listDrawingAnnotations(ctx: ServiceContext, drawingId: string): Annotation[] {
  const open = ctx.vault.session();
  requireDrawing(open, drawingId);
  const rows = listAnnotations(open.db, drawingId);
  audit(ctx, open.db, { actorId: open.account.id, action: 'drawing.annotationsViewed', targetKind: 'drawing', targetId: drawingId });
  return rows.map(toAnnotation);
}

/** Adds a pin or a note at a point of the page. */
export function addAnnotation(
  ctx: ServiceContext,
  input: { drawingId: string; kind: 'pin' | 'note'; x: number; y: number; text: string },
): Annotation {
  const open = ctx.vault.session();
  const drawing = requireDrawing(open, input.drawingId);
  refuseIfSignedDrawing(open.db, drawing.id);
  requireOnPage(drawing, input.x, input.y);
  const at = nowIso(ctx);
  const row: AnnotationRow = {
    id: newId(),
    drawing_id: input.drawingId,
    created_by: open.account.id,
    created_at: at,
    updated_at: at,
    kind: input.kind,
    x: input.x,
    y: input.y,
    text: input.text,
    deleted_at: null,
  };
  open.db.transaction(() => {
    insertAnnotation(open.db, row);
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'annotation.added',
      targetKind: 'drawing',
      targetId: input.drawingId,
      details: { annotationId: row.id, kind: row.kind },
    });
  })();
  return toAnnotation(row);
}

/** Changes the text, and the position when given. A change that changes nothing writes nothing. */
export function updateAnnotation(ctx: ServiceContext, input: { id: string; text: string; x?: number | undefined; y?: number | undefined }): Annotation {
  const open = ctx.vault.session();
  const row = requireOwnAnnotation(open, input.id);
  if (row.kind === 'note' && input.text.length === 0) {
    throw new AppFailure('VALIDATION', 'a note needs text', { issues: [{ path: 'text', message: 'a note needs text' }] });
  }
  const x = input.x ?? row.x;
  const y = input.y ?? row.y;
  requireOnPage(requireDrawing(open, row.drawing_id), x, y);
  const fields = [...(input.text !== row.text ? ['text'] : []), ...(x !== row.x || y !== row.y ? ['position'] : [])];
  if (fields.length === 0) return toAnnotation(row);
  const updatedAt = nowIso(ctx);
  open.db.transaction(() => {
    updateAnnotationRow(open.db, row.id, { text: input.text, x, y, updated_at: updatedAt });
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'annotation.updated',
      targetKind: 'drawing',
      targetId: row.drawing_id,
      details: { annotationId: row.id, fields },
    });
  })();
  return toAnnotation({ ...row, text: input.text, x, y, updated_at: updatedAt });
}

/** Marks the annotation deleted: it disappears from the drawing, the row and the audit trail stay. */
export function deleteAnnotation(ctx: ServiceContext, id: string): null {
  const open = ctx.vault.session();
  const row = requireOwnAnnotation(open, id);
  open.db.transaction(() => {
    markAnnotationDeleted(open.db, row.id, nowIso(ctx));
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'annotation.deleted',
      targetKind: 'drawing',
      targetId: row.drawing_id,
      details: { annotationId: row.id },
    });
  })();
  return null;
}
