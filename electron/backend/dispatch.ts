import { type ChannelName, channels, isChannelName } from '../contract/channels';
import { AppFailure, type Result } from '../contract/errors';
import { rolesOf } from './db/repos/accountsRepo';
import { copyPlainData } from './plainData';
import { checkInstallation, checkInstallationInput } from './services/bundles/supervisor/installationGate';
import { checkClientMode } from './services/clientMode/clientModeGate';
import type { PublicContext } from './services/context';
import type { Handlers } from './services/handlerMap';
import { type SignedInContext, signInState, signedInContext } from './services/signedIn';
import type { OpenVault } from './vault/vault';

/** While a temporary password is in force, only these channels answer. */
const ALLOWED_WITH_TEMPORARY_PASSWORD: ReadonlySet<ChannelName> = new Set([
  'vault:status',
  'auth:lock',
  'auth:signOut',
  'auth:activity',
  'auth:flushed',
  'account:changePassword',
  'account:setLanguage',
  'settings:get',
]);

function checkAccess(open: OpenVault | null, channel: ChannelName): void {
  const access = channels[channel].access;
  if (access.kind === 'public') return;
  if (!open) throw new AppFailure('UNAUTHENTICATED', 'sign in first');
  if (access.kind === 'roles') {
    const held = rolesOf(open.account);
    if (!access.roles.some((r) => held.includes(r))) throw new AppFailure('FORBIDDEN', `requires ${access.roles.join(' or ')}`);
  }
  if (open.account.must_change_password === 1 && !ALLOWED_WITH_TEMPORARY_PASSWORD.has(channel)) {
    throw new AppFailure('FORBIDDEN', 'change the temporary password first', { reasons: ['mustChangePassword'] });
  }
}

export type Logger = (line: string) => void;

/**
 * The one entry point behind every transport: checks the channel, the caller's access and the
 * input schema, builds the call's context (the signed-in one for every channel that is not
 * public), runs the handler, checks the output schema, and turns every failure into a typed error.
 * Nothing thrown crosses as a raw stack, and logs carry no record content.
 */
export async function dispatch(
  ctx: PublicContext,
  handlers: Handlers,
  channel: unknown,
  input: unknown,
  log: Logger,
): Promise<Result<unknown>> {
  try {
    if (!isChannelName(channel)) throw new AppFailure('UNKNOWN_CHANNEL', 'no such channel');
    const open = ctx.vault.currentSignIn();
    // A supervisor installation answers only its listed channels, before roles or the input are looked at (issue 15).
    checkInstallation(open, channel);
    checkAccess(open, channel);
    // From here on only the copy is read: see plainData.ts.
    const plain = copyPlainData(input);
    // Client mode refuses on the copy before validation, so a refusal never depends on the input's shape.
    checkClientMode(open ? signInState(open).clientMode : null, channel, plain.ok ? plain.value : undefined);
    if (!plain.ok)
      throw new AppFailure('VALIDATION', 'input must be plain data', { issues: [{ path: '', message: 'not plain data' }] });
    const def = channels[channel];
    const parsed = def.input.safeParse(plain.value);
    if (!parsed.success) {
      throw new AppFailure('VALIDATION', 'invalid input', {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    checkInstallationInput(open, channel, parsed.data);
    // checkAccess has refused every channel that is not public when nobody is signed in.
    const context: PublicContext | SignedInContext = def.access.kind === 'public' || !open ? ctx : signedInContext(ctx, open);
    if (context !== ctx) ctx.vault.touch();
    const handler = handlers[channel] as (c: PublicContext | SignedInContext, i: unknown) => unknown;
    const value = await handler(context, parsed.data);
    const checked = def.output.safeParse(value);
    if (!checked.success) {
      log(`output of ${channel} does not match the contract`);
      throw new AppFailure('INTERNAL', 'internal error');
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof AppFailure) {
      return {
        ok: false,
        error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
      };
    }
    // Damage in a page that sign-in never read surfaces only when a later query reaches it: say
    // so precisely, as the damaged-vault screen does, instead of a general internal error.
    if (isDatabaseDamage(error)) {
      log(`damaged database page reached in ${String(channel).slice(0, 40)}`);
      return { ok: false, error: { code: 'DATABASE_DAMAGED', message: 'the database file is damaged' } };
    }
    // Only the error's kind goes to the log: messages from lower layers could echo data.
    log(`unexpected ${error instanceof Error ? error.name : typeof error} in ${String(channel).slice(0, 40)}`);
    return { ok: false, error: { code: 'INTERNAL', message: 'internal error' } };
  }
}

/** SQLite's own words for a file whose pages do not decrypt or do not hold a valid b-tree. */
function isDatabaseDamage(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}
