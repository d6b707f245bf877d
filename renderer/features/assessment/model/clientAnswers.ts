/** The client's questionnaire answers between the backend's shape (ClientView) and the form state the questionnaire edits. */
import type { AnswerValue, FormState, RecordedAnswer } from '../../../../assessments/instruments';
import type { ClientView } from '../../../../electron/contract/assessmentChannels';

export function formOfClientView(view: ClientView): FormState {
  const answers: Record<string, RecordedAnswer> = {};
  for (const [id, value] of Object.entries(view.answers)) if (value !== null) answers[id] = { value, source: 'entered' };
  return { answers, acknowledgements: {} };
}

const same = (a: AnswerValue | undefined, b: AnswerValue | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Every item whose answer differs between two states, with its new value (null = cleared, e.g. by a skip rule). */
export function changedAnswers(before: FormState, after: FormState): [string, AnswerValue][] {
  const ids = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]);
  return [...ids]
    .filter((id) => !same(before.answers[id]?.value, after.answers[id]?.value))
    .map((id) => [id, after.answers[id]?.value ?? null]);
}

/** An answer as the client-mode channel takes it (a mutable copy of a list of options). */
export function toClientValue(value: AnswerValue): ClientView['answers'][string] {
  return typeof value === 'object' && value !== null ? [...value] : value;
}
