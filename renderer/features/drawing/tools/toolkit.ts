/**
 * What the client may draw with: the tools the caller allows (an instrument page, or the
 * psychologist's choice), the colours of coloured pencils and markers, and each tool's widths.
 * Pure data and functions; no DOM.
 */
import type { Tool } from '../../../../assessments/drawing/model';
import { TAKE_BACK_ACTIONS, type TakeBackAction } from '../../../../assessments/drawing/toolPolicy';
import type { LocalizedText, PaletteColour } from '../../../../assessments/instruments';
import { GRAPHITE_HEX } from '../../../../common/colourNames';

export type { Tool, TakeBackAction };

/** Tools in the order the toolbar shows them. */
export const TOOL_ORDER: readonly Tool[] = ['pencil', 'colouredPencil', 'marker', 'eraser'];

/** A colour the client can pick: the instrument's colour (named in kk/ru/en) or graphite. */
export interface Swatch {
  id: string;
  /** '#rrggbb', lower case. */
  hex: string;
  /** Localised name from the instrument; absent for graphite, which is named by the UI's i18n. */
  name?: LocalizedText;
}

/** Graphite: the one colour of the pencil (a soft HB/2B line on white paper). */
export const GRAPHITE: Swatch = { id: 'graphite', hex: GRAPHITE_HEX };

/** The eraser's recorded colour; it has no visible effect (model.ts). */
export const ERASER_COLOUR = '#ffffff';

export const WIDTH_NAMES = ['thin', 'medium', 'thick'] as const;
export type WidthName = (typeof WIDTH_NAMES)[number];

/**
 * Widths in page units (0.1 mm): a graphite pencil draws about 0.5 mm, a coloured pencil a
 * little more, a felt marker 2–5 mm, and the eraser is wide enough to clean an area quickly.
 */
export const TOOL_WIDTHS: Record<Tool, Record<WidthName, number>> = {
  pencil: { thin: 4, medium: 7, thick: 12 },
  colouredPencil: { thin: 6, medium: 10, thick: 16 },
  marker: { thin: 20, medium: 35, thick: 55 },
  eraser: { thin: 40, medium: 100, thick: 200 },
};

/** The tools and colours one drawing allows. */
export interface Toolkit {
  /** At least one tool, in toolbar order. */
  tools: readonly Tool[];
  /** Colours of coloured pencils and markers (at least one when either is allowed). */
  palette: readonly Swatch[];
  /** Undo, redo and clear as the protocol allows them (issue 13 §5); all outside a protocol. */
  actions: readonly TakeBackAction[];
}

/** The sets a psychologist can choose for a drawing outside an instrument. */
export const TOOL_SETS = ['pencilEraser', 'colouredPencils', 'markers', 'all'] as const;
export type ToolSet = (typeof TOOL_SETS)[number];

export const TOOL_SET_TOOLS: Record<ToolSet, readonly Tool[]> = {
  pencilEraser: ['pencil', 'eraser'],
  colouredPencils: ['pencil', 'colouredPencil', 'eraser'],
  markers: ['marker', 'eraser'],
  all: ['pencil', 'colouredPencil', 'marker', 'eraser'],
};

/** Whether a tool draws in a colour from the palette (graphite and the eraser do not). */
export const usesPalette = (tool: Tool): boolean => tool === 'colouredPencil' || tool === 'marker';

export class InvalidToolkitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidToolkitError';
  }
}

const HEX = /^#[0-9a-f]{6}$/;

/**
 * A toolkit from the caller's allowed tools, palette and take-back actions. Tools are de-duplicated
 * and put in toolbar order; a palette is required when a colour tool is allowed.
 */
export function makeToolkit(
  tools: readonly Tool[],
  palette: readonly (Swatch | PaletteColour)[] = [],
  actions: readonly TakeBackAction[] = TAKE_BACK_ACTIONS,
): Toolkit {
  const allowed = TOOL_ORDER.filter((tool) => tools.includes(tool));
  if (allowed.length === 0) throw new InvalidToolkitError('no tool allowed');
  const swatches = palette.map((c): Swatch => ({ id: c.id, hex: c.hex.toLowerCase(), ...(c.name ? { name: c.name } : {}) }));
  for (const swatch of swatches) if (!HEX.test(swatch.hex)) throw new InvalidToolkitError(`colour is not #rrggbb: ${swatch.hex}`);
  if (allowed.some(usesPalette) && swatches.length === 0) throw new InvalidToolkitError('a colour tool needs a palette');
  return { tools: allowed, palette: swatches, actions: TAKE_BACK_ACTIONS.filter((a) => actions.includes(a)) };
}

/** Whether the toolkit offers undo, redo or clear. */
export const allows = (toolkit: Toolkit, action: TakeBackAction): boolean => toolkit.actions.includes(action);

/** Colours a tool can use in this toolkit. */
export function swatchesFor(toolkit: Toolkit, tool: Tool): readonly Swatch[] {
  if (tool === 'pencil') return [GRAPHITE];
  if (tool === 'eraser') return [];
  return toolkit.palette;
}

/** The colour recorded for a stroke of `tool` with `swatch` chosen. */
export function strokeColour(tool: Tool, swatch: Swatch | undefined): string {
  if (tool === 'eraser') return ERASER_COLOUR;
  if (tool === 'pencil') return GRAPHITE.hex;
  return swatch?.hex ?? GRAPHITE.hex;
}
