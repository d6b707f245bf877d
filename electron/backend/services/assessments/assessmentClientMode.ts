import { type AnswerValue, enterAnswer, formStatus, itemsById, validateAnswers } from '../../../../assessments/instruments';
import type { ClientView } from '../../../contract/assessmentChannels';
import { AppFailure } from '../../../contract/errors';
import type { ClientMode, Language } from '../../../contract/schemas';
import type { Db } from '../../db/connection';
import { type AssessmentRow, updateAssessment } from '../../db/repos/assessmentsRepo';
import { findClient } from '../../db/repos/clientsRepo';
import type { SignedInContext } from '../signedIn';
import { type AssessmentInput, clientAnsweredOf, definitionOf, formOf, requireOwnDraft, scoreColumns } from './assessmentRecord';

/**
 * A questionnaire answered by the client at the screen (issue 5, item 2). The psychologist hands
 * over the screen for one draft; services/clientMode/clientModeGate.ts then lets through only the
 * three client channels below, for that assessment. The client sees the instrument and their own
 * answers, never the client code, a name, the psychologist's entries or scores.
 */

/**
 * Client mode for the questionnaire of this draft, in the client's language (services/clientMode
 * enters it). Handing the screen over again reopens a finished questionnaire: the psychologist
 * decided the client continues.
 */
export function questionnaireClientModeTarget(
  s: SignedInContext,
  request: { assessmentId: string; language: Language },
): ClientMode {
  const row = requireOwnDraft(s, request.assessmentId);
  if (definitionOf(row).kind !== 'questionnaire') {
    throw new AppFailure('INSTRUMENT_MISMATCH', 'drawing pages go to the client with clientMode:enter, kind drawing', {
      reasons: ['kind'],
    });
  }
  updateAssessment(s.db, row.id, { client_language: request.language, client_finished_at: null, updated_at: s.nowIso() });
  return { kind: 'questionnaire', assessmentId: row.id };
}

/**
 * The draft, when the screen is in questionnaire client mode for it. The dispatch gate already
 * keeps a client to their own assessment; this also keeps the psychologist from entering answers
 * that would be recorded as the client's.
 */
function requireClientModeDraft(s: SignedInContext, id: string): AssessmentRow {
  const target = s.state.clientMode?.target;
  if (target?.kind !== 'questionnaire' || target.assessmentId !== id) {
    throw new AppFailure('CLIENT_MODE', 'only while the client has the screen for this questionnaire');
  }
  return requireOwnDraft(s, id);
}

function clientView(db: Db, row: AssessmentRow): ClientView {
  const form = formOf(row);
  const answers: ClientView['answers'] = {};
  for (const itemId of clientAnsweredOf(row)) {
    const value = form.answers[itemId]?.value ?? null;
    answers[itemId] = Array.isArray(value)
      ? [...(value as readonly string[])]
      : (value as Exclude<AnswerValue, readonly string[]>);
  }
  return {
    assessmentId: row.id,
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    language: row.client_language ?? 'ru',
    clientSex: findClient(db, row.client_id)?.sex ?? null,
    answers,
    finished: row.client_finished_at !== null,
  };
}

/** What the client's screen shows: the instrument, the language, their own answers so far. */
export function questionnaireClientView(s: SignedInContext, { id }: AssessmentInput<'assessments:clientView'>): ClientView {
  const row = requireClientModeDraft(s, id);
  s.audit('assessment.clientViewed', { kind: 'assessment', id });
  return clientView(s.db, row);
}

/** Records one of the client's answers (null clears it), checked against its item. */
export function recordClientAnswer(s: SignedInContext, input: AssessmentInput<'assessments:clientAnswer'>): ClientView {
  const row = requireClientModeDraft(s, input.id);
  if (row.client_finished_at !== null) throw new AppFailure('QUESTIONNAIRE_FINISHED', 'the client finished the questionnaire');
  const def = definitionOf(row);
  if (!itemsById(def).has(input.itemId))
    throw new AppFailure('INSTRUMENT_MISMATCH', 'the questionnaire has no such item', { reasons: ['item'] });
  const problems = input.value === null ? [] : validateAnswers(def, { [input.itemId]: input.value });
  if (problems.length > 0) {
    throw new AppFailure('VALIDATION', 'the answer does not fit the item', {
      issues: problems.map((p) => ({ path: 'value', message: p.code })),
    });
  }
  const form = enterAnswer(formOf(row), input.itemId, input.value);
  const answered = new Set(clientAnsweredOf(row));
  if (input.value === null) answered.delete(input.itemId);
  else answered.add(input.itemId);
  const updated: AssessmentRow = {
    ...row,
    form: JSON.stringify(form),
    client_answered: JSON.stringify([...answered]),
    ...scoreColumns(def, formStatus(def, form).result),
    updated_at: s.nowIso(),
  };
  s.db.transaction(() => {
    updateAssessment(s.db, row.id, {
      form: updated.form,
      client_answered: updated.client_answered,
      totals: updated.totals,
      flag_ids: updated.flag_ids,
      updated_at: updated.updated_at,
    });
    s.audit('assessment.clientAnswered', { kind: 'assessment', id: row.id });
  })();
  return clientView(s.db, updated);
}

/** The client pressed Finished: answers are refused until the psychologist hands the screen over again. */
export function finishClientQuestionnaire(s: SignedInContext, { id }: AssessmentInput<'assessments:clientFinish'>): ClientView {
  const row = requireClientModeDraft(s, id);
  if (row.client_finished_at !== null) return clientView(s.db, row);
  const at = s.nowIso();
  s.db.transaction(() => {
    updateAssessment(s.db, row.id, { client_finished_at: at, updated_at: at });
    s.audit('assessment.clientFinished', { kind: 'assessment', id: row.id });
  })();
  return clientView(s.db, { ...row, client_finished_at: at, updated_at: at });
}
