import { z } from 'zod';
import { channel, none } from './channel';
import { SIGNED_IN, rolesAccess } from './roles';
import { facilityNameSchema, idleTimeoutSchema, signedInSchema } from './schemas';

/** The facility's settings: its name and the idle lock. */
export const settingsChannels = {
  'settings:get': channel(none, z.object({ facilityName: z.string(), idleTimeoutMinutes: idleTimeoutSchema }), SIGNED_IN),
  'settings:update': channel(
    z.object({ facilityName: facilityNameSchema, idleTimeoutMinutes: idleTimeoutSchema }).strict(),
    signedInSchema,
    rolesAccess('admin'),
  ),
} as const;
