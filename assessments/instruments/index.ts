/**
 * The instrument catalogue: every definition, loaded (validated and frozen) once at import. A
 * broken definition fails here, at start-up and in tests, never in front of a client.
 */
import { audit } from './definitions/audit';
import { dapr } from './definitions/dapr';
import { freeDrawing } from './definitions/freeDrawing';
import { gad7 } from './definitions/gad7';
import { htp } from './definitions/htp';
import { k10 } from './definitions/k10';
import { kfd } from './definitions/kfd';
import { nonExistentAnimal } from './definitions/nonExistentAnimal';
import { pcl5 } from './definitions/pcl5';
import { phq9 } from './definitions/phq9';
import { ppat } from './definitions/ppat';
import { rses } from './definitions/rses';
import { loadInstrument } from './loadInstrument';
import type { Instrument } from './schema';

/** Drawing protocols first, then questionnaires, in the order of docs/INSTRUMENTS.md. */
export const INSTRUMENTS: readonly Instrument[] = Object.freeze(
  [htp, nonExistentAnimal, dapr, kfd, ppat, freeDrawing, phq9, gad7, rses, k10, audit, pcl5].map(loadInstrument),
);

const BY_ID = new Map(INSTRUMENTS.map((i) => [i.id, i]));

/** The current definition with this id, or undefined. */
export function getInstrument(id: string): Instrument | undefined {
  return BY_ID.get(id);
}

export * from './schema';
export * from './loadInstrument';
export * from './result';
export { score } from './score';
export { validateAnswers, InvalidAnswersError } from './answers';
export type { AnswerValue, Answers, AnswerProblem, AnswerProblemCode } from './answers';
export { suggestFromMetrics } from './suggest';
export type { Suggestion } from './suggest';
export { METRIC_IDS } from './metricIds';
export type { MetricId, PageMetrics } from './metricIds';
export { itemRange, scaleRange, itemsById } from './ranges';
export { administrationOf, definitionForSex, reliableChangeOf, textForSex, wordingStatus } from './wording';
export type { Sex } from './wording';
export type { Administration } from './result';
export type { Range } from './ranges';
export { flattenMetrics, isNeutralColour, metricsByPage, suggestionsFromDrawings } from './metricSuggestions';
export {
  ANSWER_SOURCES,
  FormStateSchema,
  RecordedAnswerSchema,
  acceptSuggestion,
  acknowledge,
  blankFormState,
  enterAnswer,
  formStatus,
  keepAnswer,
  plainAnswers,
  suggestionDecided,
} from './recordedAnswers';
export { markRestAbsent, openItems, openItemsOf, sectionNotAssessed, setSectionNotAssessed } from './openItems';
export type { OpenSection } from './openItems';
export type { AnswerSource, FormState, FormStatus, RecordedAnswer, RecordedAnswers } from './recordedAnswers';
