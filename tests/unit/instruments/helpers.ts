/** Shared test helpers for instrument tests. */
import { getInstrument, type Instrument } from '../../../assessments/instruments';

export function instrument(id: string): Instrument {
  const found = getInstrument(id);
  if (!found) throw new Error(`no instrument ${id}`);
  return found;
}

/**
 * Answers q1..qN (each min..max) whose plain sum is `total`: every item starts at min and the
 * remainder is poured in from q1 onwards.
 */
export function answersSummingTo(total: number, n: number, min: number, max: number): Record<string, number> {
  let rest = total - n * min;
  if (rest < 0 || rest > n * (max - min)) throw new Error(`total ${total} impossible`);
  const answers: Record<string, number> = {};
  for (let i = 1; i <= n; i++) {
    const extra = Math.min(max - min, rest);
    answers[`q${i}`] = min + extra;
    rest -= extra;
  }
  return answers;
}

/** Visits every object that looks like localized text (a { text } under any of kk, ru, en), with its path. */
export function walkLocalized(value: unknown, visit: (text: Record<string, unknown>, path: string) => void, path = ''): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkLocalized(v, visit, `${path}[${i}]`));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  // A localized text holds { text, status } per language; wordingSources (citation per language) is not one.
  const isText = (l: string) => typeof (record[l] as { text?: unknown } | undefined)?.text === 'string';
  if (isText('kk') || isText('ru') || isText('en')) {
    visit(record, path);
    return;
  }
  for (const [key, child] of Object.entries(record)) walkLocalized(child, visit, path ? `${path}.${key}` : key);
}
