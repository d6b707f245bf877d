import type { drawingChannels } from '../../contract/drawingChannels';
import type { Handlers } from '../handlers';
import { enterClientMode, exitClientMode } from '../services/clientMode';
import {
  appendToDrawing,
  createDrawing,
  finishDrawing,
  getDrawing,
  listDrawings,
  listUnfinishedDrawings,
  resumeDrawing,
} from '../services/drawingsService';

/** Handlers of the drawing channels; typed from the contract, so a channel without one does not compile. */
export const drawingHandlers: Pick<Handlers, keyof typeof drawingChannels> = {
  'drawings:create': (ctx, input) => createDrawing(ctx, input),
  'drawings:append': (ctx, input) => appendToDrawing(ctx, input),
  'drawings:finish': (ctx, input) => finishDrawing(ctx, input),
  'drawings:get': (ctx, { id }) => getDrawing(ctx, id),
  'drawings:list': (ctx) => listDrawings(ctx),
  'drawings:listUnfinished': (ctx) => listUnfinishedDrawings(ctx),
  'drawings:resume': (ctx, input) => resumeDrawing(ctx, input),
  'session:enterClientMode': (ctx, { drawingId }) => enterClientMode(ctx, drawingId),
  'session:exitClientMode': (ctx, { password }) => exitClientMode(ctx, password),
};
