/**
 * A drawing as it was finished, as an SVG document: what the PDF report embeds (issue 5, item 4).
 * Pure, so the backend renders the stored strokes itself instead of trusting pixels from the UI.
 *
 * It paints what the canvas paints (renderer/features/drawing/render/strokePainter.ts):
 * - the strokes in effect after undo, redo and clear (replay.ts), oldest first;
 * - round caps and joins; a one-point stroke is a dot; with a pen the width follows pressure
 *   (inkStyle.ts), and a stroke is cut into paths where its width changes by more than 4 %;
 * - the eraser removes ink painted before it and never the paper; the canvas does that with
 *   `destination-out` on an ink layer above the paper. Here everything drawn before an eraser
 *   stroke is wrapped in a group masked by it: white page, the eraser's path in black (a mask
 *   shows what is under its light parts), so later strokes draw over the erased place as on canvas.
 *
 * It reads the typed form (typed.ts), the codec's output; an object-form drawing (tests, old callers)
 * is converted on entry.
 *
 * Every value written comes from a validated drawing (numbers, '#rrggbb' colours) or from the
 * `idPrefix`, which is checked, so the output is safe to inline into an HTML page.
 */
import { pressureFactor, WIDTH_TOLERANCE } from './inkStyle';
import type { Drawing, Stroke } from './model';
import { pageSize } from './page';
import { replay } from './replay';
import { type TypedDrawing, type TypedStroke, asTypedDrawing, asTypedStroke, pressureOf } from './typed';

export interface SvgOptions {
  /**
   * Prefix of the mask ids. Inline SVGs share their HTML page's ids, so two drawings in one
   * report need different prefixes. Letters, digits, '-' and '_', starting with a letter.
   */
  idPrefix?: string;
  /** Paint a white page under the ink (default true); false leaves it transparent. */
  background?: boolean;
}

/** Lines are not filled (a path's default fill would fill its outline), with round ends and corners. */
const LINE_STYLE = 'fill="none" stroke-linecap="round" stroke-linejoin="round"';
const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Up to two decimals, no trailing zeros, no negative zero: page units are 0.1 mm. */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

function colourOf(stroke: TypedStroke): string {
  // The schema guarantees '#rrggbb'; checked again because this string goes into markup.
  if (!/^#[0-9a-fA-F]{6}$/.test(stroke.colour)) throw new RangeError('stroke colour must be #rrggbb');
  return stroke.colour.toLowerCase();
}

/**
 * The SVG elements of one stroke in the given paint (its colour, or black inside an eraser's
 * mask), cut into paths of nearly equal width exactly as `paintStroke` cuts them.
 */
export function strokeElements(input: Stroke | TypedStroke, paint: string): string[] {
  const stroke = asTypedStroke(input);
  const { count, x, y, pressure } = stroke.points;
  if (count === 0) return [];
  if (count === 1) {
    const r = (stroke.width * pressureFactor(stroke, pressureOf(pressure[0]!))) / 2;
    return [`<circle cx="${num(x[0]!)}" cy="${num(y[0]!)}" r="${num(r)}" fill="${paint}"/>`];
  }
  const elements: string[] = [];
  let d = '';
  let width = -1;
  const close = () => {
    if (width >= 0) elements.push(`<path d="${d}" stroke="${paint}" stroke-width="${num(width)}"/>`);
  };
  // Pressure as the double it was stored as (pressureOf), so widths are those of the object form.
  let pa = pressureOf(pressure[0]!);
  for (let i = 1; i < count; i++) {
    const pb = pressureOf(pressure[i]!);
    const w = stroke.width * pressureFactor(stroke, (pa + pb) / 2);
    if (width < 0 || Math.abs(w - width) > width * WIDTH_TOLERANCE) {
      close();
      width = w;
      d = `M${num(x[i - 1]!)} ${num(y[i - 1]!)}`;
    }
    d += `L${num(x[i]!)} ${num(y[i]!)}`;
    pa = pb;
  }
  close();
  return elements;
}

/** The finished page as a standalone SVG document (viewBox in page units, 0.1 mm). */
export function drawingToSvg(input: Drawing | TypedDrawing, options: SvgOptions = {}): string {
  const drawing = asTypedDrawing(input);
  const prefix = options.idPrefix ?? 'ink';
  if (!ID_PREFIX.test(prefix)) throw new RangeError('idPrefix must be letters, digits, - or _, starting with a letter');
  const { width, height } = pageSize(drawing.page);
  const page = `x="0" y="0" width="${width}" height="${height}"`;

  const masks: string[] = [];
  let ink = '';
  let erasers: string[] = [];
  // A run of eraser strokes with no ink between them shares one mask.
  const applyErasers = () => {
    if (erasers.length === 0) return;
    const id = `${prefix}-erase-${masks.length}`;
    masks.push(
      `<mask id="${id}" maskUnits="userSpaceOnUse" ${page}><rect ${page} fill="#ffffff"/><g ${LINE_STYLE}>${erasers.join('')}</g></mask>`,
    );
    ink = `<g mask="url(#${id})">${ink}</g>`;
    erasers = [];
  };
  for (const stroke of replay(drawing.events).strokes) {
    if (stroke.tool === 'eraser') {
      // Joined, not spread into push: a long pen stroke can have more paths than a call takes arguments.
      erasers.push(strokeElements(stroke, '#000000').join(''));
    } else {
      applyErasers();
      ink += strokeElements(stroke, colourOf(stroke)).join('');
    }
  }
  applyErasers();

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid meet">` +
    (masks.length > 0 ? `<defs>${masks.join('')}</defs>` : '') +
    (options.background === false ? '' : `<rect ${page} fill="#ffffff"/>`) +
    `<g ${LINE_STYLE}>${ink}</g>` +
    `</svg>`
  );
}
