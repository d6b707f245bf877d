import type { drawingExtraChannels } from '../../contract/drawingExtraChannels';
import type { Handlers } from '../handlers';
import { addAnnotation, deleteAnnotation, listDrawingAnnotations, updateAnnotation } from '../services/annotationsService';
import { exportDrawingPng } from '../services/exportService';
import { importPaperDrawing } from '../services/paperService';

/** Handlers of annotations, paper import and export; typed from the contract, so a channel without one does not compile. */
export const drawingExtraHandlers: Pick<Handlers, keyof typeof drawingExtraChannels> = {
  'annotations:list': (ctx, { drawingId }) => listDrawingAnnotations(ctx, drawingId),
  'annotations:add': (ctx, input) => addAnnotation(ctx, input),
  'annotations:update': (ctx, input) => updateAnnotation(ctx, input),
  'annotations:delete': (ctx, { id }) => deleteAnnotation(ctx, id),
  'drawings:importPaper': (ctx, input) => importPaperDrawing(ctx, input),
  'drawings:exportPng': (ctx, input) => exportDrawingPng(ctx, input),
};
