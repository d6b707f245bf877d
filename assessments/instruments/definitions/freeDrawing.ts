/**
 * Free drawing: either orientation, all tools; the form holds only a theme and notes, and the
 * process metrics are what it offers (docs/INSTRUMENTS.md). Not a test: no scales, bands or flags.
 */
import type { InstrumentInput } from '../schema';
import { text } from './build';
import { GENERAL_COLOURS } from './palettes';
import { DRAWING_CAVEAT, join, own, ownWordingSources } from './text';

export const freeDrawing: InstrumentInput = {
  id: 'freeDrawing',
  version: '1.0.0',
  kind: 'drawing',
  code: 'FREE',
  name: own('Еркін сурет', 'Свободный рисунок', 'Free drawing'),
  instructions: join(
    own(
      'Клиент қалағанын салады. Парақты тігінен немесе көлденең қоюға болады, барлық құралдар қолжетімді. Салу барысы автоматты түрде жазылады.',
      'Клиент рисует что хочет. Лист можно расположить вертикально или горизонтально, доступны все инструменты. Процесс рисования записывается автоматически.',
      'The client draws whatever they like. The page may be portrait or landscape, and all tools are available. The drawing process is recorded automatically.',
    ),
    DRAWING_CAVEAT,
    ' ',
  ),
  sources: [{ citation: 'Own protocol; process metrics as specified in INSTRUMENTS.md and DESIGN.md (Drawings).' }],
  wordingSources: ownWordingSources('our own protocol (docs/INSTRUMENTS.md, Free drawing)'),
  licence: {
    kind: 'professionalPractice',
    note: own('Өз хаттамамыз; шектеу жоқ.', 'Собственный протокол; без ограничений.', 'Our own protocol; no restrictions.'),
  },
  pages: [
    {
      id: 'free',
      title: own('Еркін сурет', 'Свободный рисунок', 'Free drawing'),
      orientation: 'either',
      tools: ['pencil', 'colouredPencil', 'marker', 'eraser'],
      palette: GENERAL_COLOURS,
      instruction: own('Өзіңіз қалаған нәрсені салыңыз.', 'Нарисуйте всё, что хотите.', 'Draw whatever you like.'),
    },
  ],
  sections: [
    {
      id: 'form',
      pageId: 'free',
      title: own('Сурет туралы', 'О рисунке', 'About the drawing'),
      items: [text('theme', own('Тақырыбы', 'Тема', 'Theme')), text('notes', own('Ескертпелер', 'Примечания', 'Notes'))],
    },
  ],
  caveats: [DRAWING_CAVEAT],
};
