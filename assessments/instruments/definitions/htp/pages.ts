/**
 * HTP pages: house (landscape), tree and person (portrait), drawn in pencil with an eraser; an
 * optional chromatic phase repeats the three with coloured pencils (Buck 1948; Hammer 1958).
 * Inquiry questions are the short forms used in practice, in our own words (docs/INSTRUMENTS.md).
 */
import type { LocalizedText } from '../../schema';
import type { PageInput } from '../build';
import { HTP_CHROMATIC } from '../palettes';
import { own } from '../text';

export type Figure = 'house' | 'tree' | 'person';
export const FIGURES: Figure[] = ['house', 'tree', 'person'];

export const pageId = (figure: Figure, chromatic: boolean): string => (chromatic ? `${figure}Colour` : figure);

const FIGURE_NAME: Record<Figure, LocalizedText> = {
  house: own('Үй', 'Дом', 'House'),
  tree: own('Ағаш', 'Дерево', 'Tree'),
  person: own('Адам', 'Человек', 'Person'),
};
const COLOUR_SUFFIX = own('түрлі түсті', 'в цвете', 'in colour');

const INSTRUCTION: Record<Figure, LocalizedText> = {
  house: own(
    'Үйдің суретін қолыңыздан келгенше жақсы етіп салыңыз. Кез келген үйді салуға болады. Уақыт шектелмеген.',
    'Нарисуйте дом так хорошо, как сможете. Дом может быть любым. Время не ограничено.',
    'Draw a house, as well as you can. It can be any kind of house. There is no time limit.',
  ),
  tree: own(
    'Ағаштың суретін қолыңыздан келгенше жақсы етіп салыңыз. Қандай ағаш болса да болады. Уақыт шектелмеген.',
    'Нарисуйте дерево так хорошо, как сможете. Дерево может быть любым. Время не ограничено.',
    'Draw a tree, as well as you can. It can be any kind of tree. There is no time limit.',
  ),
  person: own(
    'Адамның суретін қолыңыздан келгенше жақсы етіп салыңыз. Қандай адам болса да болады. Уақыт шектелмеген.',
    'Нарисуйте человека так хорошо, как сможете. Это может быть любой человек. Время не ограничено.',
    'Draw a person, as well as you can. It can be any person. There is no time limit.',
  ),
};

type Question = [key: string, kk: string, ru: string, en: string];
const INQUIRY: Record<Figure, Question[]> = {
  house: [
    ['whose', 'Бұл кімнің үйі?', 'Чей это дом?', 'Whose house is this?'],
    ['livesThere', 'Онда кім тұрады?', 'Кто в нём живёт?', 'Who lives there?'],
    ['inside', 'Үйдің ішінде не болып жатыр?', 'Что происходит внутри дома?', 'What is happening inside?'],
    ['weather', 'Суреттегі ауа райы қандай?', 'Какая погода на рисунке?', 'What is the weather like?'],
    ['needs', 'Бұл үйге не қажет?', 'Что нужно этому дому?', 'What does this house need?'],
  ],
  tree: [
    ['kind', 'Бұл қандай ағаш?', 'Что это за дерево?', 'What kind of tree is it?'],
    ['age', 'Бұл ағаштың жасы нешеде?', 'Сколько лет этому дереву?', 'How old is it?'],
    ['alive', 'Бұл ағаш тірі ме?', 'Это дерево живое?', 'Is it alive?'],
    ['needs', 'Бұл ағашқа не қажет?', 'Что нужно этому дереву?', 'What does it need?'],
    ['happened', 'Бұл ағашқа не болды?', 'Что случилось с этим деревом?', 'What has happened to it?'],
  ],
  person: [
    ['who', 'Бұл адам кім?', 'Кто этот человек?', 'Who is this person?'],
    ['age', 'Ол неше жаста?', 'Сколько ему (ей) лет?', 'How old are they?'],
    ['doing', 'Ол не істеп жатыр?', 'Что он (она) делает?', 'What are they doing?'],
    ['thinking', 'Ол не туралы ойлап тұр?', 'О чём он (она) думает?', 'What are they thinking?'],
    ['feeling', 'Ол не сезініп тұр?', 'Что он (она) чувствует?', 'How do they feel?'],
    ['needs', 'Оған бәрінен бұрын не қажет?', 'Что ему (ей) нужнее всего?', 'What do they need most?'],
  ],
};

export function figureTitle(figure: Figure, chromatic: boolean): LocalizedText {
  if (!chromatic) return FIGURE_NAME[figure];
  const name = FIGURE_NAME[figure];
  return own(
    `${name.kk.text} (${COLOUR_SUFFIX.kk.text})`,
    `${name.ru.text} (${COLOUR_SUFFIX.ru.text})`,
    `${name.en.text} (${COLOUR_SUFFIX.en.text})`,
  );
}

export function htpPage(figure: Figure, chromatic: boolean): PageInput {
  const id = pageId(figure, chromatic);
  return {
    id,
    title: figureTitle(figure, chromatic),
    orientation: figure === 'house' ? 'landscape' : 'portrait',
    tools: chromatic ? ['colouredPencil'] : ['pencil', 'eraser'],
    ...(chromatic ? { palette: HTP_CHROMATIC } : {}),
    phase: chromatic ? 'chromatic' : 'achromatic',
    optional: chromatic,
    instruction: INSTRUCTION[figure],
    inquiry: INQUIRY[figure].map(([key, kk, ru, en]) => ({ id: `${id}_q_${key}`, text: own(kk, ru, en) })),
  };
}
