import type { assessmentChannels } from '../../contract/assessmentChannels';
import type { Handlers } from '../handlers';
import {
  enterQuestionnaireClientMode,
  finishClientQuestionnaire,
  questionnaireClientView,
  recordClientAnswer,
} from '../services/assessments/assessmentClientMode';
import { createAssessment, discardAssessment, saveDraft } from '../services/assessments/assessmentDraft';
import { attachPaperDrawing, startAssessmentDrawing } from '../services/assessments/assessmentDrawings';
import { addAssessmentAddendum, signAssessment } from '../services/assessments/assessmentSigning';
import { getAssessment, listClientAssessmentSummaries } from '../services/assessments/assessmentView';

/** Handlers of the assessment workflow; typed from the contract, so a channel without one does not compile. */
export const assessmentHandlers: Pick<Handlers, keyof typeof assessmentChannels> = {
  'assessments:create': (ctx, input) => createAssessment(ctx, input),
  'assessments:get': (ctx, { id }) => getAssessment(ctx, id),
  'assessments:listForClient': (ctx, { clientId }) => listClientAssessmentSummaries(ctx, clientId),
  'assessments:saveDraft': (ctx, input) => saveDraft(ctx, input),
  'assessments:startDrawing': (ctx, input) => startAssessmentDrawing(ctx, input),
  'assessments:attachPaper': (ctx, input) => attachPaperDrawing(ctx, input),
  'assessments:enterClientMode': (ctx, input) => enterQuestionnaireClientMode(ctx, input),
  'assessments:clientView': (ctx, { id }) => questionnaireClientView(ctx, id),
  'assessments:clientAnswer': (ctx, input) => recordClientAnswer(ctx, input),
  'assessments:clientFinish': (ctx, { id }) => finishClientQuestionnaire(ctx, id),
  'assessments:sign': (ctx, input) => signAssessment(ctx, input),
  'assessments:addAddendum': (ctx, input) => addAssessmentAddendum(ctx, input),
  'assessments:discard': (ctx, { id }) => discardAssessment(ctx, id),
};
