import type { ClientModeRequest } from '../../../contract/clientModeChannels';
import { AppFailure } from '../../../contract/errors';
import type { ClientMode } from '../../../contract/schemas';
import { questionnaireClientModeTarget } from '../assessments/assessmentClientMode';
import { drawingClientModeTarget } from '../drawings/drawingsService';
import { moodClientModeTarget } from '../groups/moodClientMode';
import type { SignedInContext } from '../signedIn';
import { requirePassword } from '../signing/passwordRetries';
import { CLIENT_MODE_RULES, ruleOf } from './clientModeGate';

/**
 * Hands the screen to a client. The target's domain checks that it exists, belongs to what the
 * signed-in person may use and can take the client's input, and returns the target; only then is
 * client mode entered and audited.
 */
export function enterClientMode(s: SignedInContext, request: ClientModeRequest): ClientMode {
  if (!CLIENT_MODE_RULES[request.kind].enteredBy.some((role) => s.hasRole(role))) {
    throw new AppFailure('FORBIDDEN', `requires ${CLIENT_MODE_RULES[request.kind].enteredBy.join(' or ')}`);
  }
  if (s.state.clientMode) throw new AppFailure('CLIENT_MODE', 'already in client mode');
  const target = targetOf(s, request);
  s.audit('clientMode.entered', ruleOf(target).auditTarget(target));
  s.state.clientMode = { target };
  s.emit({ type: 'clientMode:changed', active: true });
  return target;
}

function targetOf(s: SignedInContext, request: ClientModeRequest): ClientMode {
  switch (request.kind) {
    case 'drawing':
      return drawingClientModeTarget(s, request);
    case 'questionnaire':
      return questionnaireClientModeTarget(s, request);
    case 'groupMood':
      return moodClientModeTarget(s, request);
  }
}

/** Leaves client mode with the signed-in person's password (wrong ones audited and slowed down). */
export async function exitClientMode(s: SignedInContext, { password }: { password: string }): Promise<null> {
  const mode = s.state.clientMode;
  if (!mode) throw new AppFailure('CLIENT_MODE', 'not in client mode');
  const target = ruleOf(mode.target).auditTarget(mode.target);
  await requirePassword(s, password, 'clientModeExit', { action: 'clientMode.exitFailed', target });
  s.audit('clientMode.exited', target);
  s.state.clientMode = null;
  s.emit({ type: 'clientMode:changed', active: false });
  return null;
}
