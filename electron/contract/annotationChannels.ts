import { z } from 'zod';
import { pageSize } from '../../assessments/drawing/page';
import { channel, nothing } from './channel';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema } from './schemas';
import { clinicalText } from './signedRecord';

/** Longest annotation text: a short note beside a mark, not a report (reports belong to assessments). */
export const MAX_ANNOTATION_TEXT = 500;
const LONGEST_SIDE = Math.max(pageSize({ orientation: 'portrait' }).width, pageSize({ orientation: 'portrait' }).height);
/** A page coordinate; whether it lies on the drawing's page (portrait or landscape) is checked by the service. */
const pageCoordinateSchema = z.number().min(0).max(LONGEST_SIDE);
export const ANNOTATION_KINDS = ['pin', 'note'] as const;
/** Tabs and line breaks are kept; other control characters have no place in a note and could confuse logs or exports. */
const annotationTextSchema = clinicalText(MAX_ANNOTATION_TEXT).trim();

/** A psychologist's mark on a drawing: a pin (text optional) or a note (text required), in page units. */
export const annotationSchema = z.object({
  id: idSchema,
  drawingId: idSchema,
  createdBy: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  kind: z.enum(ANNOTATION_KINDS),
  x: z.number(),
  y: z.number(),
  text: z.string(),
});
export type Annotation = z.infer<typeof annotationSchema>;

const PSYCHOLOGIST = rolesAccess('psychologist');

/**
 * Annotations: the psychologist's layer on a drawing, stored apart from the client's strokes. None
 * of these channels is open in client mode (services/clientMode lists what a client may call).
 */
export const annotationChannels = {
  /** The drawing's annotations that are not deleted, oldest first; audited as a view. */
  'annotations:list': channel(z.object({ drawingId: idSchema }).strict(), z.array(annotationSchema), PSYCHOLOGIST),
  /** Adds a pin or a note at (x, y) in page units; allowed on finished and paper drawings. */
  'annotations:add': channel(
    z
      .object({
        drawingId: idSchema,
        kind: z.enum(ANNOTATION_KINDS),
        x: pageCoordinateSchema,
        y: pageCoordinateSchema,
        text: annotationTextSchema,
      })
      .strict()
      .refine((a) => a.kind === 'pin' || a.text.length > 0, { path: ['text'], message: 'a note needs text' }),
    annotationSchema,
    PSYCHOLOGIST,
  ),
  /** Changes the text, and moves the mark when x and y are given; only its author may. */
  'annotations:update': channel(
    z
      .object({
        id: idSchema,
        text: annotationTextSchema,
        x: pageCoordinateSchema.optional(),
        y: pageCoordinateSchema.optional(),
      })
      .strict()
      .refine((a) => (a.x === undefined) === (a.y === undefined), { path: ['y'], message: 'move with both x and y' }),
    annotationSchema,
    PSYCHOLOGIST,
  ),
  /** Deletes an annotation (kept in the database, marked deleted, audited); only its author may. */
  'annotations:delete': channel(z.object({ id: idSchema }).strict(), nothing, PSYCHOLOGIST),
} as const;
