import type { ChannelName } from '../../../contract/channels';
import { AppFailure } from '../../../contract/errors';
import type { Role } from '../../../contract/roles';
import type { ClientMode } from '../../../contract/schemas';
import type { AuditTarget, SignInState } from '../signedIn';

/**
 * Client mode (issue 3, item 5), enforced here rather than only by the UI: the client at the
 * keyboard is one of the "people at the computer who are not signed in" of docs/DESIGN.md's threat
 * model, so a renderer that shows a record by mistake, or a client who reaches devtools, still
 * gets nothing from the backend.
 */

/**
 * Channels that answer in client mode whatever their input. Locking stays possible: it protects
 * the records, and ends client mode (the psychologist must sign in again).
 */
const ALWAYS_ALLOWED: ReadonlySet<ChannelName> = new Set([
  'vault:status',
  'auth:activity',
  'auth:lock',
  'auth:flushed',
  'clientMode:exit',
]);
/**
 * What each kind of client mode opens: the channels a client may call, and the input fields that
 * must name the target (all of them, compared before validation so a refusal does not depend on
 * the input's shape). A domain adds its kind's channels here, next to the others, so the whole
 * client-mode surface stays reviewable in one place.
 */
type KindRule<K extends ClientMode['kind']> = {
  /** Who may hand the screen over for this kind (clientMode:enter is open to all of them). */
  enteredBy: readonly Role[];
  channels: ReadonlySet<ChannelName>;
  fields(target: Extract<ClientMode, { kind: K }>): Readonly<Record<string, string>>;
  /** Audit row target of entering and leaving. */
  auditTarget(target: Extract<ClientMode, { kind: K }>): AuditTarget;
};
export const CLIENT_MODE_RULES: { [K in ClientMode['kind']]: KindRule<K> } = {
  drawing: {
    // A facilitator reaches only drawings of their own groups' members (checked per drawing).
    enteredBy: ['psychologist', 'facilitator'],
    // resume lets a reloaded client screen continue the same drawing (recording the interruption) without the password;
    // storeThumbnail lets "Finished" store the drawing's thumbnail at once (issue 18 §4).
    channels: new Set<ChannelName>([
      'drawings:append',
      'drawings:finish',
      'drawings:get',
      'drawings:resume',
      'drawings:storeThumbnail',
    ]),
    fields: (t) => ({ id: t.drawingId }),
    auditTarget: (t) => ({ kind: 'drawing', id: t.drawingId }),
  },
  questionnaire: {
    enteredBy: ['psychologist'],
    // The client's screen reads the questionnaire, answers item by item and presses Finished (services/assessments/assessmentClientMode.ts).
    channels: new Set<ChannelName>(['assessments:clientView', 'assessments:clientAnswer', 'assessments:clientFinish']),
    fields: (t) => ({ id: t.assessmentId }),
    auditTarget: (t) => ({ kind: 'assessment', id: t.assessmentId }),
  },
  groupMood: {
    enteredBy: ['facilitator'],
    // The member reads and saves their own mood scores for one session (services/groups/moodClientMode.ts).
    channels: new Set<ChannelName>(['groupSessions:clientMood', 'groupSessions:saveClientMood']),
    fields: (t) => ({ sessionId: t.sessionId, memberId: t.memberId }),
    auditTarget: (t) => ({ kind: 'groupSession', id: t.sessionId }),
  },
};

export function ruleOf<K extends ClientMode['kind']>(target: Extract<ClientMode, { kind: K }>): KindRule<K> {
  return CLIENT_MODE_RULES[target.kind as K];
}

/** Whether a raw input names the target: every field of the rule equal. */
function namesTarget(input: unknown, fields: Readonly<Record<string, string>>): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const record = input as Record<string, unknown>;
  return Object.entries(fields).every(([field, value]) => record[field] === value);
}

/**
 * The dispatch gate: in client mode every channel is FORBIDDEN (reason 'clientMode') except those
 * above. Public channels are gated too: signing in as someone else or recovering would otherwise
 * be a way out.
 */
export function checkClientMode(mode: SignInState['clientMode'], channel: ChannelName, input: unknown): void {
  if (!mode) return;
  if (ALWAYS_ALLOWED.has(channel)) return;
  const rule = ruleOf(mode.target);
  if (rule.channels.has(channel) && namesTarget(input, rule.fields(mode.target))) return;
  throw new AppFailure('FORBIDDEN', 'not available in client mode', { reasons: ['clientMode'] });
}
