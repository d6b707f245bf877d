import { z } from 'zod';

/** The four roles of DESIGN.md; a person may hold several. */
export const ROLES = ['admin', 'psychologist', 'facilitator', 'supervisor'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * Who may call a channel: anyone (the vault is locked, nobody is signed in),
 * any signed-in account, or an account holding at least one of the listed roles.
 */
export type Access = { kind: 'public' } | { kind: 'session' } | { kind: 'roles'; roles: readonly Role[] };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'session' };
export const rolesAccess = (...roles: Role[]): Access => ({ kind: 'roles', roles });
