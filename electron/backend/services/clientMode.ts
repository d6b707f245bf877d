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
 * Channels that answer in client mode only for the client's own drawing; resume lets a reloaded
 * client screen continue the same drawing (recording the interruption) without the password.
 */
const ALLOWED_FOR_THE_DRAWING: ReadonlySet<ChannelName> = new Set(['drawings:append', 'drawings:finish', 'drawings:get', 'drawings:resume']);

/** The `id` field of a raw input, read before validation so refusals do not depend on the input's shape. */
function rawId(input: unknown): unknown {
  return typeof input === 'object' && input !== null && 'id' in input ? (input as { id: unknown }).id : undefined;
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
  if (ALLOWED_FOR_THE_DRAWING.has(channel) && rawId(input) === mode.drawingId) return;
  throw new AppFailure('FORBIDDEN', 'not available in client mode', { reasons: ['clientMode'] });
}

/** What vault:status reports. */
export function clientModeOf(open: OpenVault): ClientMode | null {
  const mode = open.drawing?.clientMode;
  return mode ? { drawingId: mode.drawingId } : null;
}

/** Hands the screen to a client drawing `drawingId`, which must be open for strokes in this sign-in. */
export function enterClientMode(ctx: ServiceContext, drawingId: string): ClientMode {
  const open = ctx.vault.session();
  const state = drawingSession(open);
  if (state.clientMode) throw new AppFailure('CLIENT_MODE', 'already in client mode');
  requireWritable(open, drawingId);
  audit(ctx, open.db, { actorId: open.account.id, action: 'clientMode.entered', targetKind: 'drawing', targetId: drawingId });
  state.clientMode = { drawingId, exitFailures: 0, lastExitFailureMs: null };
  return { drawingId };
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
      targetKind: 'drawing',
      targetId: mode.drawingId,
      details: { attempt: mode.exitFailures },
    });
    throw new AppFailure('INVALID_CREDENTIALS', 'wrong password', { retryAfterMs: delayForFailures(mode.exitFailures) });
  }
  audit(ctx, open.db, { actorId: open.account.id, action: 'clientMode.exited', targetKind: 'drawing', targetId: mode.drawingId });
  drawingSession(open).clientMode = null;
  return null;
}
