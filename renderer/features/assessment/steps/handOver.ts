/** Building client mode for a page of the assessment, with the drawing area's own setup helpers. */
import type { Orientation } from '../../../../assessments/drawing/page';
import type { Page as InstrumentPage } from '../../../../assessments/instruments';
import type { Language } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import type { ClientModeOutcome, ClientModeSetup } from '../../drawing/ClientMode';
import { localized, pageOrientation, toolkitForPage } from '../../drawing/drawingSetup';
import { setupFromResumed } from '../../drawing/resumeSetup';
import type { DrawingArea } from '../../drawing/useDrawingArea';

const screen = () => ({
  width: window.screen.width,
  height: window.screen.height,
  devicePixelRatio: window.devicePixelRatio || 1,
});

/**
 * Starts the page's drawing in the backend (linked to the assessment) and hands the screen to
 * the client with the page's tools, colours, orientation and instruction in the client's
 * language. `onReturn` runs when the psychologist comes back with their password.
 */
export async function handOverPage(
  area: DrawingArea,
  assessmentId: string,
  page: InstrumentPage,
  chosen: Orientation,
  language: Language,
  onReturn: (outcome: ClientModeOutcome) => void,
): Promise<AppError | null> {
  const orientation = pageOrientation(page, chosen);
  const started = await call('assessments:startDrawing', {
    id: assessmentId,
    pageId: page.id,
    screen: screen(),
    ...(page.orientation === 'either' ? { orientation } : {}),
  });
  if (!started.ok) return started.error;
  const setup: ClientModeSetup = {
    drawingId: started.value.drawingId,
    page: { orientation },
    toolkit: toolkitForPage(page),
    instruction: localized(page.instruction, language),
    clientLanguage: language,
  };
  return area.enterClientMode(setup, onReturn);
}

/** Continues a page's unfinished drawing (after a lock or a crash) in client mode. */
export async function resumePage(
  area: DrawingArea,
  drawingId: string,
  language: Language,
  onReturn: (outcome: ClientModeOutcome) => void,
): Promise<AppError | null> {
  const resumed = await call('drawings:resume', { id: drawingId });
  if (!resumed.ok) return resumed.error;
  const setup = setupFromResumed(resumed.value, language);
  if (!setup.ok) return setup.error;
  return area.enterClientMode(setup.value, onReturn);
}
