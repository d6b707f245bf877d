import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../../assessments/instruments';

/**
 * The terms of renderer/i18n/GLOSSARY.md hold everywhere a Kazakh or Russian text lives: the i18n
 * files, every string literal of the app's sources (instrument definitions, the PDF report's words)
 * and every text of the loaded instruments. A rejected variant anywhere fails here, with its place.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const L = '\\p{L}';
/** A whole word: no letter right before or after (JavaScript's \b knows only ASCII letters). */
const word = (body: string) => new RegExp(`(?<!${L})(?:${body})(?!${L})`, 'iu');
const phrase = (body: string) => new RegExp(body, 'iu');

type Rule = {
  /** The chosen term, as renderer/i18n/GLOSSARY.md writes it in bold. */
  chosen: string;
  rejected: RegExp;
  /** Only texts under these i18n keys (a key-specific meaning); every text when absent. */
  keys?: RegExp;
};

const RULES: readonly Rule[] = [
  // Kazakh
  { chosen: 'құпиясөз', rejected: phrase('құпия\\s+сөз') },
  { chosen: 'балл', rejected: word(`ұпай${L}*`) },
  { chosen: 'парақ', rejected: word('бет(?:тің|ке|те|ті|тен)') },
  { chosen: 'толықтыру', rejected: word(`қосымша(?:лар${L}*|ға|ны|сы|сын${L}*|\\s+ретінде|\\s+жазу)`) },
  { chosen: 'отряд', rejected: word(`жасақ(?!та)${L}*`) },
  { chosen: 'есептік жазба', rejected: word(`тіркелгі${L}*`) },
  { chosen: 'Бас тарту', rejected: /^Болдырмау$/u, keys: /(^|\.)cancel$/ },
  { chosen: 'өткізіп жіберілді', rejected: word('өткізілді|өткізу\\s+ереже'), keys: /skip/i },
  { chosen: 'сабақты қалдыру', rejected: word(`өткізбе${L}*|өткізіп\\s+ал${L}*`), keys: /atRisk|absence/ },
  { chosen: 'қауіпсіздік туралы ескерту', rejected: word(`қауіпсіздік\\s+белгі${L}*`) },
  { chosen: 'өшіргіш сызықтары', rejected: phrase('өшіргішпен\\s+жүргізу') },
  { chosen: 'сабаққа дейінгі / сабақтан кейінгі көңіл күйі', rejected: word('көңіл\\s+күйі\\s+(?:дейін|кейін)') },
  { chosen: 'Өмірде жоқ жануар', rejected: /(?:^|«)Жоқ жануар/u },
  { chosen: 'бұрын болмаған, жаңа атау ойлап табыңыз', rejected: phrase('ешқайда\\s+жоқ\\s+атау') },
  { chosen: 'аузы', rejected: word('ауызы') },
  { chosen: 'Бұл ағашқа не болды?', rejected: phrase('ағашпен\\s+не\\s+болды') },
  { chosen: 'Еңсеру (копинг)', rejected: word('жеңу') },
  { chosen: 'Егжей-тегжейі', rejected: word('бөлшектелуі') },
  { chosen: 'біркелкі емес', rejected: word('үйлесімсіз') },
  { chosen: 'Ағаштың басы (жапырағы)', rejected: phrase('шоқ\\s+басы') },
  { chosen: 'Бет-әлпеті', rejected: word('бет\\s+әлпеті') },
  { chosen: 'қызғылт күлгін (маджента)', rejected: phrase('қызыл\\s+күрең') },
  { chosen: 'жарқын қызғылт', rejected: phrase('ашық\\s+қызғылт') },
  { chosen: 'Қарапайым қарындаш пен өшіргіш', rejected: phrase('тек\\s+қарапайым\\s+қарындаш') },
  // Russian
  { chosen: 'Беседа', rejected: word('опрос|вопросы\\s+после\\s+рисования') },
  { chosen: 'Предупреждение о безопасности', rejected: word(`сигнал${L}*\\s+безопасности`) },
  { chosen: 'отброшен', rejected: word(`черновик${L}*\\s+(?:был\\s+)?отмен${L}*`) },
  { chosen: 'Сотрудник службы пробации', rejected: word(`сотрудник${L}*\\s+пробации`) },
  { chosen: 'возможные значения: от … до …', rejected: word('возможно\\s+от') },
  { chosen: 'Энергичность изображения', rejected: phrase('подразумеваемая\\s+энергия') },
  { chosen: 'членов своей семьи', rejected: phrase('членов\\s+вашей\\s+семьи') },
];

type Text = { where: string; key?: string; text: string };

/** Every leaf of an i18n file, with its dotted key. */
function jsonTexts(file: string): Text[] {
  const out: Text[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') out.push({ where: `${file} ${key}`, key, text: value });
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
  };
  walk(JSON.parse(readFileSync(join(ROOT, file), 'utf8')), '');
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every string literal (and template text) of the app's sources; comments are not texts anyone reads. */
function literalTexts(): Text[] {
  const out: Text[] = [];
  for (const dir of ['assessments', 'common', 'electron', 'renderer']) {
    for (const path of sourceFiles(join(ROOT, dir))) {
      const code = readFileSync(path, 'utf8');
      if (!/\p{Script=Cyrillic}/u.test(code)) continue; // most files hold no Kazakh or Russian at all: not parsed
      const source = ts.createSourceFile(
        path,
        code,
        ts.ScriptTarget.Latest,
        false,
        path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      );
      const visit = (node: ts.Node) => {
        const text =
          ts.isStringLiteral(node) ||
          ts.isNoSubstitutionTemplateLiteral(node) ||
          ts.isTemplateHead(node) ||
          ts.isTemplateMiddle(node) ||
          ts.isTemplateTail(node)
            ? node.text
            : ts.isJsxText(node)
              ? node.text
              : null;
        if (text !== null && /\p{Script=Cyrillic}/u.test(text)) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          out.push({ where: `${relative(ROOT, path)}:${line + 1}`, text });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return out;
}

/** Every Kazakh and Russian text of the loaded instruments (incl. both gender forms), found by shape. */
function instrumentTexts(): Text[] {
  const out: Text[] = [];
  const walk = (value: unknown, where: string) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${where}[${i}]`));
    const record = value as Record<string, unknown>;
    for (const language of ['kk', 'ru'] as const) {
      const entry = record[language] as { text?: unknown; bySex?: Record<string, unknown> } | undefined;
      if (entry && typeof entry.text === 'string') {
        out.push({ where: `${where}.${language}`, text: entry.text });
        for (const form of Object.values(entry.bySex ?? {}))
          if (typeof form === 'string') out.push({ where: `${where}.${language}`, text: form });
      }
    }
    for (const [k, v] of Object.entries(record)) walk(v, `${where}.${k}`);
  };
  for (const instrument of INSTRUMENTS) walk(instrument, instrument.id);
  return out;
}

const violations = (texts: readonly Text[]) =>
  texts.flatMap(({ where, key, text }) =>
    RULES.filter((rule) => (!rule.keys || (key !== undefined && rule.keys.test(key))) && rule.rejected.test(text)).map(
      (rule) => `${where}: «${rule.rejected.exec(text)?.[0]}» in «${text.slice(0, 60)}…» — use «${rule.chosen}»`,
    ),
  );

describe('the glossary of Kazakh and Russian terms', () => {
  it('finds no rejected variant in the Kazakh and Russian UI texts', () => {
    expect(violations([...jsonTexts('renderer/i18n/kk.json'), ...jsonTexts('renderer/i18n/ru.json')])).toEqual([]);
  });

  it('finds no rejected variant in any string of the app’s sources (definitions, the PDF report’s words)', () => {
    expect(violations(literalTexts())).toEqual([]);
  }, 30_000);

  it('finds no rejected variant in any Kazakh or Russian text of the loaded instruments', () => {
    const texts = instrumentTexts();
    expect(texts.length).toBeGreaterThan(500);
    expect(violations(texts)).toEqual([]);
  });

  it('lists every chosen term it checks in renderer/i18n/GLOSSARY.md', () => {
    const glossary = readFileSync(join(ROOT, 'renderer/i18n/GLOSSARY.md'), 'utf8');
    expect(RULES.map((r) => r.chosen).filter((chosen) => !glossary.includes(`**${chosen}**`))).toEqual([]);
  });

  // The rules themselves: each rejects what the review found and lets the chosen wording and its neighbours through.
  it.each([
    ['Сіз құпия сөзіңізді енгізіп ораласыз.', true],
    ['Құпиясөзіңізді енгізіңіз.', false],
    ['Жауаптар мен ұпайлар', true],
    ['Беттің толуы', true],
    ['Басты бет', false],
    ['Бет-әлпеті', false],
    ['Қосымшалар', true],
    ['Қосымша бөліктер', false],
    ['Жасақ, учаске немесе бөлім', true],
    ['«Тіркелгілер» бөлімінде', true],
    ['Өшіргішпен жүргізу', true],
    ['Көңіл күйі дейін (0–10)', true],
    ['Жоқ жануар', true],
    ['Ешқашан болмаған және қазір де жоқ жануарды ойлап тауып', false],
    ['Өмірде жоқ жануар', false],
    ['Жеңу', true],
    ['Еңсеру (копинг)', false],
    ['Опрос', true],
    ['Опросник завершён.', false],
    ['сигнал безопасности', true],
    ['Этот черновик отменён и больше не может быть изменён.', true],
    ['Сохранение отменено, файл не записан.', false],
    ['Сотрудник пробации', true],
    ['Сотрудник службы пробации', false],
    ['возможно от 0 до 27', true],
  ])('judges «%s» as rejected: %s', (text, rejected) => {
    expect(violations([{ where: 'example', text }]).length > 0).toBe(rejected);
  });

  it('judges words by key where their meaning depends on it', () => {
    expect(violations([{ where: 'kk', key: 'common.cancel', text: 'Болдырмау' }])).toHaveLength(1);
    expect(violations([{ where: 'kk', key: 'drawing.tools.undo', text: 'Болдырмау' }])).toEqual([]);
    expect(violations([{ where: 'kk', key: 'instruments.skip.badge', text: 'Өткізілді' }])).toHaveLength(1);
    expect(violations([{ where: 'kk', key: 'groups.session.held', text: 'Сабақ өткізілді' }])).toEqual([]);
  });
});
