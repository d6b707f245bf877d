import { z } from 'zod';

/** The four roles of docs/DESIGN.md; a person may hold several. */
export const ROLES = ['admin', 'psychologist', 'facilitator', 'supervisor'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * Who may call a channel: anyone (the vault is locked, nobody is signed in),
 * any signed-in account, or an account holding at least one of the listed roles.
 */
export type Access = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'roles'; roles: readonly Role[] };

// Typed exactly, so the backend can give public channels' handlers the public context and every
// other handler the signed-in one, checked by the compiler.
export const PUBLIC = { kind: 'public' } as const satisfies Access;
export const SIGNED_IN = { kind: 'signedIn' } as const satisfies Access;
export const rolesAccess = (...roles: Role[]): { kind: 'roles'; roles: readonly Role[] } => ({ kind: 'roles', roles });
