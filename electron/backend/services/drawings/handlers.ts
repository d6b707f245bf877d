import type { annotationChannels } from '../../../contract/annotationChannels';
import type { drawingChannels } from '../../../contract/drawingChannels';
import type { drawingExportChannels } from '../../../contract/drawingExportChannels';
import type { paperChannels } from '../../../contract/paperChannels';
import { addAnnotation, deleteAnnotation, listDrawingAnnotations, updateAnnotation } from './annotationsService';
import { exportDrawingPng } from './drawingExport';
import { importPaperDrawing } from './paperService';
import type { DomainHandlers } from '../handlerMap';
import {
  appendToDrawing,
  createDrawing,
  finishDrawing,
  getDrawing,
  listDrawings,
  listUnfinishedDrawings,
  resumeDrawing,
} from './drawingsService';

/** Handlers of the drawing channels; typed from the contract, so a channel without one does not compile. */
export const drawingHandlers = {
  'drawings:create': createDrawing,
  'drawings:append': appendToDrawing,
  'drawings:finish': finishDrawing,
  'drawings:get': getDrawing,
  'drawings:list': listDrawings,
  'drawings:listUnfinished': listUnfinishedDrawings,
  'drawings:resume': resumeDrawing,
} satisfies DomainHandlers<typeof drawingChannels>;

export const annotationHandlers = {
  'annotations:list': listDrawingAnnotations,
  'annotations:add': addAnnotation,
  'annotations:update': updateAnnotation,
  'annotations:delete': deleteAnnotation,
} satisfies DomainHandlers<typeof annotationChannels>;

export const paperHandlers = {
  'drawings:importPaper': importPaperDrawing,
} satisfies DomainHandlers<typeof paperChannels>;

export const drawingExportHandlers = {
  'drawings:exportPng': exportDrawingPng,
} satisfies DomainHandlers<typeof drawingExportChannels>;
