import type { DrawingEvent } from '../../../assessments/drawing/model';
import type { Role } from '../../contract/roles';
import type { AuditAction, ClientMode, SignedInInfo } from '../../contract/schemas';
import type { Db } from '../db/connection';
import { type AccountRow, rolesOf } from '../db/repos/accountsRepo';
import { type AuditEvent, appendAudit } from '../db/repos/auditRepo';
import type { OpenVault } from '../vault/vault';
import { newId } from '../vault/wrap';
import type { PublicContext } from './context';
import { signedInView } from './vault/signedInView';

/** Wrong passwords typed in one place (signing, leaving client mode), to slow down guessing. */
export type PasswordRetries = { count: number; lastMs: number } | null;

/**
 * What one sign-in holds in memory besides the database: it starts empty at sign-in and is dropped
 * with the open vault when the screen locks or the person signs out, so a lock ends client mode,
 * closes drawings for writing and forgets retry counts, all at once.
 */
export type SignInState = {
  /**
   * Drawings this sign-in created or resumed: only these take strokes. Each maps to the few events
   * the next append is checked against (services/drawings/drawingStream.ts, orderingSummary).
   */
  writableDrawings: Map<string, DrawingEvent[]>;
  /** Set while a client has the screen (services/clientMode). */
  clientMode: { target: ClientMode } | null;
  /** Wrong passwords per purpose; each purpose counts on its own (services/signing/passwordRetries.ts). */
  retries: { signing: PasswordRetries; clientModeExit: PasswordRetries };
};

/** What an audit row is about: a kind of record and its id (null for an act on the kind as a whole, such as a search). */
export type AuditTarget = { kind: string; id: string | null };
export type AuditDetails = NonNullable<AuditEvent['details']>;

/**
 * What every signed-in channel's handler receives, built by dispatch for one call. The actor, the
 * clock and the ids are bound here, so no service reads the session or names the actor itself.
 */
export type SignedInContext = PublicContext & {
  readonly db: Db;
  readonly account: AccountRow;
  readonly roles: readonly Role[];
  readonly state: SignInState;
  /** The open data key: only account management needs it, to wrap it for a new password. */
  readonly dataKey: Buffer;
  hasRole(role: Role): boolean;
  /** Appends one audit row by the signed-in person, stamped with the vault's clock. */
  audit(action: AuditAction, target?: AuditTarget | null, details?: AuditDetails): void;
  /** The vault's clock, in milliseconds and as the ISO text every table stores. */
  now(): number;
  nowIso(): string;
  newId(): string;
  /** True when `password` is the signed-in person's (it opens their key wrap). */
  passwordOpens(password: string): Promise<boolean>;
  /**
   * Replaces what the sign-in knows of the person's account or the idle lock after they changed, and
   * returns the sign-in as the renderer sees it. This call's own `account` stays as it was.
   */
  refresh(change: { account?: AccountRow; idleTimeoutMinutes?: number }): SignedInInfo;
};

const states = new WeakMap<OpenVault, SignInState>();

/** The sign-in's state; created at its first use, and gone with the open vault it belongs to. */
export function signInState(open: OpenVault): SignInState {
  let state = states.get(open);
  if (!state) {
    state = { writableDrawings: new Map(), clientMode: null, retries: { signing: null, clientModeExit: null } };
    states.set(open, state);
  }
  return state;
}

/** Builds the context of one call by the person signed in to `open`. */
export function signedInContext(ctx: PublicContext, open: OpenVault): SignedInContext {
  const roles = rolesOf(open.account);
  const now = () => ctx.vault.now();
  return {
    ...ctx,
    db: open.db,
    account: open.account,
    roles,
    state: signInState(open),
    dataKey: open.dataKey,
    hasRole: (role) => roles.includes(role),
    audit(action, target, details) {
      appendAudit(
        open.db,
        {
          actorId: open.account.id,
          action,
          targetKind: target?.kind ?? null,
          targetId: target?.id ?? null,
          ...(details ? { details } : {}),
        },
        new Date(now()),
      );
    },
    now,
    nowIso: () => new Date(now()).toISOString(),
    newId,
    passwordOpens: (password) => ctx.vault.passwordOpensWrap(open.account.wrap_id, password),
    refresh(change) {
      if (change.account) open.account = change.account;
      if (change.idleTimeoutMinutes !== undefined) open.idleTimeoutMinutes = change.idleTimeoutMinutes;
      return signedInView(open);
    },
  };
}
