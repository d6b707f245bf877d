/**
 * The state a form edits and a record stores: each answer with where it came from, and the notes
 * acknowledging safety flags. docs/DESIGN.md: drawing metrics are "offered to the psychologist as
 * suggestions to accept or override", so the record keeps both the chosen value and whether it
 * came from a suggestion. Pure, so the renderer, the backend (issue 5) and tests share one rule.
 */
import { z } from 'zod';
import { type AnswerProblem, type AnswerValue, type Answers, validateAnswers } from './answers';
import type { RaisedFlag, ScoredResult } from './result';
import { type Instrument, SuggestedValueSchema } from './schema';
import { score } from './score';
import type { Suggestion } from './suggest';

/**
 * entered: typed or chosen by the psychologist (or the client) with no suggestion for the item, or
 * the blank form's default. suggestion-accepted: the value a drawing metric suggested.
 * suggestion-overridden: a different value chosen although a suggestion was offered.
 */
export const ANSWER_SOURCES = ['entered', 'suggestion-accepted', 'suggestion-overridden'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

export const RecordedAnswerSchema = z.strictObject({
  value: z.union([z.boolean(), z.number(), z.string(), z.array(z.string()).readonly(), z.null()]),
  source: z.enum(ANSWER_SOURCES),
  /** The suggested value that was accepted or overridden; absent for 'entered'. */
  suggested: SuggestedValueSchema.optional(),
});
export const FormStateSchema = z.strictObject({
  answers: z.record(z.string(), RecordedAnswerSchema),
  /** Flag id → what the psychologist did about it, in their words. */
  acknowledgements: z.record(z.string(), z.string()),
  /**
   * Sections whose unanswered items the psychologist stated were not assessed (openItems.ts).
   * Optional: forms stored before issue 12 have none.
   */
  notAssessed: z.array(z.string()).readonly().optional(),
});

export type RecordedAnswer = z.infer<typeof RecordedAnswerSchema>;
export type RecordedAnswers = Readonly<Record<string, RecordedAnswer>>;
export type FormState = {
  answers: RecordedAnswers;
  acknowledgements: Readonly<Record<string, string>>;
  notAssessed?: readonly string[];
};

/**
 * A blank form: nothing answered. An indicator starts "not assessed", never "absent" (issue 12,
 * item 3): absence is an observation the psychologist makes, item by item or for the rest of a
 * section at once (openItems.ts).
 */
export function blankFormState(_def: Instrument): FormState {
  return { answers: {}, acknowledgements: {}, notAssessed: [] };
}

/** The plain answers the scoring engine reads. */
export function plainAnswers(answers: RecordedAnswers): Answers {
  return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.value]));
}

/**
 * Records a value chosen on the form. With suggestions for the item, choosing a suggested value
 * counts as accepting it and anything else as overriding the (first) suggestion. A null value
 * removes the answer.
 */
export function enterAnswer(
  state: FormState,
  itemId: string,
  value: AnswerValue,
  suggestions: readonly Suggestion[] = [],
): FormState {
  const answers = { ...state.answers };
  if (value === null) {
    delete answers[itemId];
    return { ...state, answers };
  }
  const offered = suggestions.filter((s) => s.itemId === itemId);
  const matching = offered.find((s) => s.value === value);
  if (matching) answers[itemId] = { value, source: 'suggestion-accepted', suggested: matching.value };
  else if (offered[0]) answers[itemId] = { value, source: 'suggestion-overridden', suggested: offered[0].value };
  else answers[itemId] = { value, source: 'entered' };
  return { ...state, answers };
}

/** Takes the suggested value as the answer. */
export function acceptSuggestion(state: FormState, suggestion: Suggestion): FormState {
  const answer: RecordedAnswer = { value: suggestion.value, source: 'suggestion-accepted', suggested: suggestion.value };
  return { ...state, answers: { ...state.answers, [suggestion.itemId]: answer } };
}

/** Keeps the answer already on the form against a suggestion. */
export function keepAnswer(state: FormState, suggestion: Suggestion): FormState {
  const current = state.answers[suggestion.itemId];
  if (!current || current.value === null) return state;
  const source = current.value === suggestion.value ? 'suggestion-accepted' : 'suggestion-overridden';
  const answer: RecordedAnswer = { value: current.value, source, suggested: suggestion.value };
  return { ...state, answers: { ...state.answers, [suggestion.itemId]: answer } };
}

/** Whether the psychologist has decided about the suggestions for this item yet. */
export function suggestionDecided(state: FormState, itemId: string): boolean {
  const source = state.answers[itemId]?.source;
  return source === 'suggestion-accepted' || source === 'suggestion-overridden';
}

export function acknowledge(state: FormState, flagId: string, note: string): FormState {
  return { ...state, acknowledgements: { ...state.acknowledgements, [flagId]: note } };
}

export interface FormStatus {
  /** Answers that do not fit their item; those answers are left out of `result`. */
  problems: AnswerProblem[];
  /** Live scores of the answers that fit. */
  result: ScoredResult;
  /** Raised flags that need an acknowledgement note and have none yet. */
  unacknowledged: RaisedFlag[];
  /** No answer problems and every raised flag that needs it is acknowledged (issue 5 signs only then). */
  canSign: boolean;
}

export function formStatus(def: Instrument, state: FormState): FormStatus {
  const answers = plainAnswers(state.answers);
  const problems = validateAnswers(def, answers);
  const bad = new Set(problems.map((p) => p.itemId));
  const valid = Object.fromEntries(Object.entries(answers).filter(([id]) => !bad.has(id)));
  const result = score(def, valid);
  const unacknowledged = result.flags.filter((f) => f.requiresAcknowledgement && !(state.acknowledgements[f.id] ?? '').trim());
  return { problems, result, unacknowledged, canSign: problems.length === 0 && unacknowledged.length === 0 };
}
