import type { assessmentChannels } from '../../../contract/assessmentChannels';
import type { DomainHandlers } from '../handlerMap';
import { finishClientQuestionnaire, questionnaireClientView, recordClientAnswer } from './assessmentClientMode';
import { createAssessment, discardAssessment, saveDraft } from './assessmentDraft';
import { attachPaperDrawing, startAssessmentDrawing } from './assessmentDrawings';
import { addAssessmentAddendum, signAssessment } from './assessmentSigning';
import { getAssessment, listClientAssessmentSummaries } from './assessmentView';

/** Handlers of the assessment workflow; typed from the contract, so a channel without one does not compile. */
export const assessmentHandlers = {
  'assessments:create': createAssessment,
  'assessments:get': getAssessment,
  'assessments:listForClient': listClientAssessmentSummaries,
  'assessments:saveDraft': saveDraft,
  'assessments:startDrawing': startAssessmentDrawing,
  'assessments:attachPaper': attachPaperDrawing,
  'assessments:clientView': questionnaireClientView,
  'assessments:clientAnswer': recordClientAnswer,
  'assessments:clientFinish': finishClientQuestionnaire,
  'assessments:sign': signAssessment,
  'assessments:addAddendum': addAssessmentAddendum,
  'assessments:discard': discardAssessment,
} satisfies DomainHandlers<typeof assessmentChannels>;
