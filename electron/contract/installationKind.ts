import { z } from 'zod';

/**
 * What an installation is (issue 15 §3), chosen once at set-up and stored in the vault: a facility's (clients,
 * groups, Trends of its own) or a supervising department's (facilities' bundles and their combined Trends only).
 */
export const INSTALLATION_KINDS = ['facility', 'supervisor'] as const;
export const installationKindSchema = z.enum(INSTALLATION_KINDS);
export type InstallationKind = z.infer<typeof installationKindSchema>;

/** The only roles an account may hold on a supervisor installation (SUPERVISOR_ROLES_ONLY otherwise). */
export const SUPERVISOR_INSTALLATION_ROLES = ['admin', 'supervisor'] as const;
