/**
 * Colour sets offered on coloured pages. Sources name the colours, not exact shades, so the hex
 * values are our screen approximations of ordinary marker and pencil colours.
 */
import type { PaletteColour } from '../schema';
import { own } from './text';

const c = (id: string, hex: string, kk: string, ru: string, en: string): PaletteColour => ({ id, hex, name: own(kk, ru, en) });

const black = c('black', '#000000', 'қара', 'чёрный', 'black');
const brown = c('brown', '#8b4513', 'қоңыр', 'коричневый', 'brown');
const yellow = c('yellow', '#ffd700', 'сары', 'жёлтый', 'yellow');
const orange = c('orange', '#ff8c00', 'қызғылт сары', 'оранжевый', 'orange');
const red = c('red', '#e00000', 'қызыл', 'красный', 'red');
const purple = c('purple', '#6a0dad', 'күлгін', 'фиолетовый', 'purple');
const magenta = c('magenta', '#e0119d', 'қызғылт күлгін (маджента)', 'пурпурный', 'magenta');
const hotPink = c('hotPink', '#ff69b4', 'жарқын қызғылт', 'ярко-розовый', 'hot pink');
const turquoise = c('turquoise', '#40e0d0', 'көгілдір-жасыл (бирюза)', 'бирюзовый', 'turquoise');
const blue = c('blue', '#0047ab', 'көк', 'синий', 'blue');
const green = c('green', '#2ca02c', 'жасыл', 'зелёный', 'green');
const darkGreen = c('darkGreen', '#006400', 'қою жасыл', 'тёмно-зелёный', 'dark green');

/** The 12 marker colours of the PPAT set, in the order docs/INSTRUMENTS.md lists them (Gantt & Tabone 1998). */
export const PPAT_MARKERS: PaletteColour[] = [
  black,
  brown,
  yellow,
  orange,
  red,
  purple,
  magenta,
  hotPink,
  turquoise,
  blue,
  green,
  darkGreen,
];

/**
 * Eight colours for the HTP chromatic phase, as Buck's crayon set is usually described (red,
 * green, yellow, blue, brown, black, purple, orange; Buck 1948, Hammer 1958).
 */
export const HTP_CHROMATIC: PaletteColour[] = [red, green, yellow, blue, brown, black, purple, orange];

/** Coloured pencils and markers where a source names no set (DAPR colour option, free drawing): the PPAT twelve. */
export const GENERAL_COLOURS: PaletteColour[] = PPAT_MARKERS;
