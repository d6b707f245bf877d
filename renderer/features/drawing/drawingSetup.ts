/**
 * What a new drawing is drawn with: an instrument page's own tools, colours, orientation and
 * instruction (assessments/instruments), or the psychologist's choice for a drawing outside an
 * instrument. Pure helpers over the instrument catalogue.
 */
import type { Orientation } from '../../../assessments/drawing/page';
import {
  INSTRUMENTS,
  type Instrument,
  type LocalizedText,
  type Page as InstrumentPage,
  getInstrument,
} from '../../../assessments/instruments';
import type { Language } from '../../../electron/contract/schemas';
import { type ToolSet, TOOL_SET_TOOLS, type Toolkit, makeToolkit } from './tools/toolkit';

/** Colours where no instrument names a set: the free-drawing page's twelve (docs/INSTRUMENTS.md, Free drawing). */
export function generalPalette(): NonNullable<InstrumentPage['palette']> {
  return getInstrument('freeDrawing')?.pages[0]?.palette ?? [];
}

export function toolkitForSet(set: ToolSet): Toolkit {
  return makeToolkit(TOOL_SET_TOOLS[set], generalPalette());
}

export function toolkitForPage(page: InstrumentPage): Toolkit {
  return makeToolkit(page.tools, page.palette ?? [], page.actions);
}

export interface PageOption {
  /** "instrumentId/pageId" */
  key: string;
  instrument: Instrument;
  page: InstrumentPage;
}

/** Every page of every drawing protocol, in catalogue order. */
export function drawingPageOptions(): PageOption[] {
  return INSTRUMENTS.filter((i) => i.kind === 'drawing').flatMap((instrument) =>
    instrument.pages.map((page) => ({ key: `${instrument.id}/${page.id}`, instrument, page })),
  );
}

export function findPage(instrumentId: string | null, pageId: string | null): PageOption | undefined {
  if (!instrumentId || !pageId) return undefined;
  const instrument = getInstrument(instrumentId);
  const page = instrument?.pages.find((p) => p.id === pageId);
  return instrument && page ? { key: `${instrumentId}/${pageId}`, instrument, page } : undefined;
}

/** A page's orientation for the drawing: fixed by the page, or the psychologist's choice when it says 'either'. */
export function pageOrientation(page: InstrumentPage, chosen: Orientation): Orientation {
  return page.orientation === 'either' ? chosen : page.orientation;
}

export const localized = (text: LocalizedText, language: Language): string => text[language].text;
