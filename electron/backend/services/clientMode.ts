import type { ChannelName } from '../../contract/channels';
import { AppFailure } from '../../contract/errors';
import type { ClientMode } from '../../contract/schemas';
import type { OpenVault } from '../vault/vault';
import { delayForFailures } from '../vault/throttle';
import { type ServiceContext, audit } from './context';
import { drawingSession, requireWritable } from './drawingsService';

/**
 * Client mode (issue 3, item 5), enforced here rather than only by the UI: the client at the
 * keyboard is one of the "people at the computer who are not signed in" of DESIGN.md's threat
 * model, so a renderer that shows a record by mistake, or a client who reaches devtools, still
 * gets nothing from the backend.
 */

/**
 * Channels that answer in client mode whatever their input. Locking stays possible: it protects
 * the records, and ends client mode (the psychologist must sign in again).
 */
const ALWAYS_ALLOWED: ReadonlySet<ChannelName> = new Set(['vault:status', 'session:activity', 'session:lock', 'session:exitClientMode']);
/**
 * What each kind of client mode opens: the channels a client may call, and the input fields that
 * must name the target (all of them, compared before validation so a refusal does not depend on
 * the input's shape). A domain adds its kind's channels here, next to the others, so the whole
 * client-mode surface stays reviewable in one place.
 */
type KindRule<K extends ClientMode['kind']> = {
  channels: ReadonlySet<ChannelName>;
  fields(target: Extract<ClientMode, { kind: K }>): Readonly<Record<string, string>>;
  /** Audit row target of entering and leaving. */
  auditTarget(target: Extract<ClientMode, { kind: K }>): { kind: string; id: string };
};
const RULES: { [K in ClientMode['kind']]: KindRule<K> } = {
  drawing: {
    // resume lets a reloaded client screen continue the same drawing (recording the interruption) without the password.
    channels: new Set<ChannelName>(['drawings:append', 'drawings:finish', 'drawings:get', 'drawings:resume']),
    fields: (t) => ({ id: t.drawingId }),
    auditTarget: (t) => ({ kind: 'drawing', id: t.drawingId }),
  },
  questionnaire: {
    // The client's screen reads the questionnaire, answers item by item and presses Finished (services/assessments/assessmentClientMode.ts).
    channels: new Set<ChannelName>(['assessments:clientView', 'assessments:clientAnswer', 'assessments:clientFinish']),
    fields: (t) => ({ id: t.assessmentId }),
    auditTarget: (t) => ({ kind: 'assessment', id: t.assessmentId }),
  },
  groupMood: {
    // The member reads and saves their own mood scores for one session (services/groups/moodClientMode.ts).
    channels: new Set<ChannelName>(['groupSessions:clientMood', 'groupSessions:saveClientMood']),
    fields: (t) => ({ sessionId: t.sessionId, memberId: t.memberId }),
    auditTarget: (t) => ({ kind: 'groupSession', id: t.sessionId }),
  },
};

function ruleOf<K extends ClientMode['kind']>(target: Extract<ClientMode, { kind: K }>): KindRule<K> {
  return RULES[target.kind as K];
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
export function checkClientMode(ctx: ServiceContext, channel: ChannelName, input: unknown): void {
  const mode = ctx.vault.peekSession()?.drawing?.clientMode;
  if (!mode) return;
  if (ALWAYS_ALLOWED.has(channel)) return;
  const rule = ruleOf(mode.target);
  if (rule.channels.has(channel) && namesTarget(input, rule.fields(mode.target))) return;
  throw new AppFailure('FORBIDDEN', 'not available in client mode', { reasons: ['clientMode'] });
}

/** What vault:status reports. */
export function clientModeOf(open: OpenVault): ClientMode | null {
  return open.drawing?.clientMode?.target ?? null;
}

/**
 * Hands the screen to a client for `target`. The caller (the domain's service) has checked that
 * the target exists, belongs to what the signed-in person may use, and can take the client's input.
 */
export function startClientMode(ctx: ServiceContext, target: ClientMode): ClientMode {
  const open = ctx.vault.session();
  const state = drawingSession(open);
  if (state.clientMode) throw new AppFailure('CLIENT_MODE', 'already in client mode');
  const at = ruleOf(target).auditTarget(target);
  audit(ctx, open.db, { actorId: open.account.id, action: 'clientMode.entered', targetKind: at.kind, targetId: at.id });
  state.clientMode = { target, exitFailures: 0, lastExitFailureMs: null };
  ctx.emit({ type: 'clientMode:changed', active: true });
  return target;
}

/** Hands the screen to a client drawing `drawingId`, which must be open for strokes in this sign-in. */
export function enterClientMode(ctx: ServiceContext, drawingId: string): ClientMode {
  const open = ctx.vault.session();
  if (drawingSession(open).clientMode) throw new AppFailure('CLIENT_MODE', 'already in client mode');
  requireWritable(open, drawingId);
  return startClientMode(ctx, { kind: 'drawing', drawingId });
}

/**
 * Leaves client mode with the signed-in psychologist's password. Wrong passwords are audited and
 * answered with a growing delay (1 s, 2 s, 4 s … 5 min, as sign-in). The delay is a refusal with
 * retryAfterMs, not a sleep: calls are serialised, and sleeping would stall the client's strokes.
 * It is kept in memory because the database stays open; a lock ends client mode anyway.
 */
export async function exitClientMode(ctx: ServiceContext, password: string): Promise<null> {
  const open = ctx.vault.session();
  const mode = drawingSession(open).clientMode;
  if (!mode) throw new AppFailure('CLIENT_MODE', 'not in client mode');
  const exitTarget = ruleOf(mode.target).auditTarget(mode.target);
  const now = ctx.vault.now();
  if (mode.lastExitFailureMs !== null) {
    const delay = delayForFailures(mode.exitFailures);
    // Capped at one delay, so a clock set backwards cannot lock the psychologist out for longer.
    const wait = Math.min(delay, mode.lastExitFailureMs + delay - now);
    if (wait > 0) throw new AppFailure('THROTTLED', 'too many wrong passwords; wait', { retryAfterMs: wait });
  }
  if (!(await ctx.vault.passwordOpensWrap(open.account.wrap_id, password))) {
    mode.exitFailures += 1;
    mode.lastExitFailureMs = ctx.vault.now();
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'clientMode.exitFailed',
      targetKind: exitTarget.kind,
      targetId: exitTarget.id,
      details: { attempt: mode.exitFailures },
    });
    throw new AppFailure('INVALID_CREDENTIALS', 'wrong password', { retryAfterMs: delayForFailures(mode.exitFailures) });
  }
  audit(ctx, open.db, { actorId: open.account.id, action: 'clientMode.exited', targetKind: exitTarget.kind, targetId: exitTarget.id });
  drawingSession(open).clientMode = null;
  ctx.emit({ type: 'clientMode:changed', active: false });
  return null;
}
