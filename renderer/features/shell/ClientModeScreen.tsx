import type { ClientMode } from '../../../electron/contract/schemas';
import { QuestionnaireClientModeGate } from '../assessment/QuestionnaireClientModeGate';
import { ClientModeGate } from '../drawing/ClientModeGate';
import type { DrawingArea } from '../drawing/useDrawingArea';
import { GroupMoodClientModeGate } from '../groups/GroupMoodClientModeGate';

/**
 * The whole screen while the backend is in client mode: the client's drawing, questionnaire or
 * mood entry, and nothing else. Each gate also restores its screen after a reload.
 */
export function ClientModeScreen({ mode, drawingArea }: { mode: ClientMode; drawingArea: DrawingArea }) {
  switch (mode.kind) {
    case 'drawing':
      return <ClientModeGate drawingId={mode.drawingId} setup={drawingArea.clientSetup} onExit={drawingArea.exitedClientMode} />;
    case 'questionnaire':
      return <QuestionnaireClientModeGate assessmentId={mode.assessmentId} />;
    case 'groupMood':
      return <GroupMoodClientModeGate sessionId={mode.sessionId} memberId={mode.memberId} />;
  }
}
