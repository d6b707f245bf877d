/**
 * Answers to an instrument: plain values keyed by item id (and by inquiry question id for the
 * client's words after a drawing). The engine checks each against its item, so a wrong or
 * out-of-range answer is rejected with a typed error instead of being scored.
 */
import { acceptsValue, answerIds } from './crossCheck';
import { itemsById } from './ranges';
import type { Instrument, Item } from './schema';

/**
 * indicator: boolean (true = present); rating, response, number: number; singleChoice: the
 * option's value; multipleChoice: the chosen values; text and inquiry: string.
 * null or absent = not answered.
 */
export type AnswerValue = boolean | number | string | readonly string[] | null;
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

export type AnswerProblemCode = 'unknownItem' | 'wrongType' | 'outOfRange' | 'notAnOption' | 'notAnInteger' | 'duplicateOption';
export interface AnswerProblem {
  itemId: string;
  code: AnswerProblemCode;
}

/** Thrown by score() when any answer does not fit its item; `problems` lists all of them. */
export class InvalidAnswersError extends Error {
  readonly problems: readonly AnswerProblem[];
  constructor(instrumentId: string, problems: readonly AnswerProblem[]) {
    super(`Invalid answers for "${instrumentId}": ${problems.map((p) => `${p.itemId} (${p.code})`).join(', ')}`);
    this.name = 'InvalidAnswersError';
    this.problems = problems;
  }
}

/** Every problem with the answers, in the order of the answers given; empty when all fit. */
export function validateAnswers(def: Instrument, answers: Answers): AnswerProblem[] {
  const items = itemsById(def);
  const inquiry = new Set(answerIds(def).filter((id) => !items.has(id)));
  const problems: AnswerProblem[] = [];
  for (const [itemId, value] of Object.entries(answers)) {
    if (value === null || value === undefined) continue;
    const item = items.get(itemId);
    const code = item
      ? checkAnswer(def, item, value)
      : inquiry.has(itemId)
        ? typeof value === 'string'
          ? null
          : 'wrongType'
        : 'unknownItem';
    if (code) problems.push({ itemId, code });
  }
  return problems;
}

function checkAnswer(def: Instrument, item: Item, value: Exclude<AnswerValue, null>): AnswerProblemCode | null {
  switch (item.kind) {
    case 'indicator':
      return typeof value === 'boolean' ? null : 'wrongType';
    case 'text':
      return typeof value === 'string' ? null : 'wrongType';
    case 'singleChoice':
      if (typeof value !== 'string') return 'wrongType';
      return acceptsValue(def, item, value) ? null : 'notAnOption';
    case 'multipleChoice': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return 'wrongType';
      const known = new Set(item.options.map((o) => o.value));
      if (!value.every((v) => known.has(v))) return 'notAnOption';
      return new Set(value).size === value.length ? null : 'duplicateOption';
    }
    case 'response':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrongType';
      return acceptsValue(def, item, value) ? null : 'notAnOption';
    case 'rating':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrongType';
      if (value < item.min || value > item.max) return 'outOfRange';
      const integer = item.kind === 'rating' || item.integer;
      return integer && !Number.isInteger(value) ? 'notAnInteger' : null;
    }
  }
}
