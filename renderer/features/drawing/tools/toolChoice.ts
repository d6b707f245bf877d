/**
 * The client's current tool, colour and width, restricted to the toolkit. Each tool remembers
 * its own colour and width, as a box of pencils and markers would. Immutable: every choice
 * returns a new state, or the same one when the choice is not allowed.
 */
import {
  type Swatch,
  TOOL_WIDTHS,
  type Tool,
  type Toolkit,
  WIDTH_NAMES,
  type WidthName,
  strokeColour,
  swatchesFor,
  usesPalette,
} from './toolkit';

export interface ToolChoice {
  tool: Tool;
  /** Chosen colour id per colour tool. */
  colours: Partial<Record<Tool, string>>;
  widths: Record<Tool, WidthName>;
}

/** The first allowed tool (pencil when allowed), first colour, medium width. */
export function initialChoice(toolkit: Toolkit): ToolChoice {
  const first = toolkit.palette[0]?.id;
  const colours: Partial<Record<Tool, string>> = {};
  for (const tool of toolkit.tools) if (usesPalette(tool) && first) colours[tool] = first;
  return {
    tool: toolkit.tools[0]!,
    colours,
    widths: { pencil: 'medium', colouredPencil: 'medium', marker: 'medium', eraser: 'medium' },
  };
}

export function chooseTool(toolkit: Toolkit, choice: ToolChoice, tool: Tool): ToolChoice {
  if (!toolkit.tools.includes(tool) || choice.tool === tool) return choice;
  return { ...choice, tool };
}

/** Picks a colour for the current tool; a colour outside the tool's swatches is refused. */
export function chooseColour(toolkit: Toolkit, choice: ToolChoice, colourId: string): ToolChoice {
  if (!usesPalette(choice.tool)) return choice;
  if (!swatchesFor(toolkit, choice.tool).some((s) => s.id === colourId)) return choice;
  if (choice.colours[choice.tool] === colourId) return choice;
  return { ...choice, colours: { ...choice.colours, [choice.tool]: colourId } };
}

export function chooseWidth(choice: ToolChoice, width: WidthName): ToolChoice {
  if (!WIDTH_NAMES.includes(width) || choice.widths[choice.tool] === width) return choice;
  return { ...choice, widths: { ...choice.widths, [choice.tool]: width } };
}

/** The swatch in use by the current tool, if it has one. */
export function currentSwatch(toolkit: Toolkit, choice: ToolChoice): Swatch | undefined {
  const swatches = swatchesFor(toolkit, choice.tool);
  if (choice.tool === 'pencil') return swatches[0];
  return swatches.find((s) => s.id === choice.colours[choice.tool]);
}

/** What a new stroke is drawn with. */
export interface StrokeStyle {
  tool: Tool;
  colour: string;
  /** Page units. */
  width: number;
}

export function strokeStyle(toolkit: Toolkit, choice: ToolChoice): StrokeStyle {
  return {
    tool: choice.tool,
    colour: strokeColour(choice.tool, currentSwatch(toolkit, choice)),
    width: TOOL_WIDTHS[choice.tool][choice.widths[choice.tool]],
  };
}
