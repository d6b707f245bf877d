import { describe, expect, it } from 'vitest';
import type { TypedStroke } from '../../../assessments/drawing/typed';
import { getInstrument } from '../../../assessments/instruments';
import {
  chooseColour,
  chooseTool,
  chooseWidth,
  currentSwatch,
  initialChoice,
  strokeStyle,
} from '../../../renderer/features/drawing/tools/toolChoice';
import {
  ERASER_COLOUR,
  GRAPHITE,
  InvalidToolkitError,
  TOOL_WIDTHS,
  makeToolkit,
  swatchesFor,
} from '../../../renderer/features/drawing/tools/toolkit';
import {
  drawingPageOptions,
  findPage,
  pageOrientation,
  toolkitForPage,
  toolkitForSet,
} from '../../../renderer/features/drawing/drawingSetup';
import { PALETTE, TestEditor } from './helpers';

describe('toolkit', () => {
  it('keeps only the allowed tools, in toolbar order', () => {
    expect(makeToolkit(['eraser', 'pencil']).tools).toEqual(['pencil', 'eraser']);
  });

  it('refuses an empty tool list and a colour tool without colours', () => {
    expect(() => makeToolkit([])).toThrow(InvalidToolkitError);
    expect(() => makeToolkit(['marker'])).toThrow(InvalidToolkitError);
  });

  it('takes an instrument page as it is: the PPAT gets its twelve markers and nothing else', () => {
    const page = getInstrument('ppat')!.pages[0]!;
    const toolkit = makeToolkit(page.tools, page.palette);
    expect(toolkit.tools).toEqual(['marker']);
    expect(swatchesFor(toolkit, 'marker')).toHaveLength(12);
    expect(swatchesFor(toolkit, 'marker')[0]!.name?.ru.text).toBe('чёрный');
  });

  it('gives the pencil graphite only and the eraser no colour', () => {
    const toolkit = makeToolkit(['pencil', 'colouredPencil', 'eraser'], PALETTE);
    expect(swatchesFor(toolkit, 'pencil')).toEqual([GRAPHITE]);
    expect(swatchesFor(toolkit, 'eraser')).toEqual([]);
  });
});

describe('tool choice', () => {
  const toolkit = makeToolkit(['pencil', 'colouredPencil', 'eraser'], PALETTE);

  it('starts with the first allowed tool at medium width', () => {
    const choice = initialChoice(toolkit);
    expect(choice.tool).toBe('pencil');
    expect(strokeStyle(toolkit, choice)).toEqual({ tool: 'pencil', colour: GRAPHITE.hex, width: TOOL_WIDTHS.pencil.medium });
  });

  it('refuses a tool the caller did not allow', () => {
    const choice = initialChoice(toolkit);
    expect(chooseTool(toolkit, choice, 'marker')).toBe(choice);
  });

  it('refuses a colour outside the palette and a colour for the pencil', () => {
    const pencil = initialChoice(toolkit);
    expect(chooseColour(toolkit, pencil, 'blue')).toBe(pencil);
    const coloured = chooseTool(toolkit, pencil, 'colouredPencil');
    expect(chooseColour(toolkit, coloured, 'gold')).toBe(coloured);
    expect(currentSwatch(toolkit, chooseColour(toolkit, coloured, 'blue'))?.hex).toBe('#0047ab');
  });

  it('remembers each tool its own width and colour', () => {
    let choice = initialChoice(toolkit);
    choice = chooseWidth(choice, 'thick');
    choice = chooseTool(toolkit, choice, 'colouredPencil');
    choice = chooseColour(toolkit, choice, 'blue');
    expect(choice.widths.colouredPencil).toBe('medium');
    choice = chooseTool(toolkit, choice, 'pencil');
    expect(strokeStyle(toolkit, choice).width).toBe(TOOL_WIDTHS.pencil.thick);
    choice = chooseTool(toolkit, choice, 'colouredPencil');
    expect(strokeStyle(toolkit, choice).colour).toBe('#0047ab');
  });

  it('records the eraser with its own colour and width', () => {
    const choice = chooseTool(toolkit, initialChoice(toolkit), 'eraser');
    expect(strokeStyle(toolkit, choice)).toEqual({ tool: 'eraser', colour: ERASER_COLOUR, width: TOOL_WIDTHS.eraser.medium });
  });

  it('draws the next stroke with what was chosen', () => {
    const t = new TestEditor(['pencil', 'marker', 'eraser']);
    t.editor.chooseTool('marker');
    t.editor.chooseColour('red');
    t.editor.chooseWidth('thin');
    t.stroke([0, 0], [5, 5]);
    expect(t.editor.events[0] as TypedStroke).toMatchObject({
      tool: 'marker',
      colour: '#e00000',
      width: TOOL_WIDTHS.marker.thin,
    });
  });
});

describe('instrument pages as toolkits', () => {
  it('gives every page of every drawing protocol a toolkit with exactly its tools and colours', () => {
    const options = drawingPageOptions();
    expect(options.length).toBeGreaterThanOrEqual(10);
    for (const { page } of options) {
      const toolkit = toolkitForPage(page);
      expect([...toolkit.tools].sort()).toEqual([...page.tools].sort());
      expect(toolkit.palette.map((s) => s.hex)).toEqual((page.palette ?? []).map((c) => c.hex));
    }
  });

  it('offers at least 12 coloured pencils and the graphite pencil with eraser outside instruments', () => {
    expect(toolkitForSet('colouredPencils').palette.length).toBeGreaterThanOrEqual(12);
    expect(toolkitForSet('pencilEraser').tools).toEqual(['pencil', 'eraser']);
    expect(toolkitForSet('all').tools).toEqual(['pencil', 'colouredPencil', 'marker', 'eraser']);
  });

  it('takes a page orientation from the definition, or the choice when the page allows either', () => {
    const htpHouse = findPage('htp', 'house')!;
    expect(pageOrientation(htpHouse.page, 'portrait')).toBe('landscape');
    const free = findPage('freeDrawing', 'free')!;
    expect(pageOrientation(free.page, 'portrait')).toBe('portrait');
    expect(findPage('htp', 'nope')).toBeUndefined();
  });
});
