import { z } from 'zod';
import { channel, none } from './channel';
import { rolesAccess } from './roles';
import { auditActionSchema, auditEntrySchema, idSchema, isoDateTimeSchema } from './schemas';

/** The audit log: reading it and checking its chain and the signed records' seals. */
export const auditChannels = {
  'audit:list': channel(
    z
      .object({
        from: isoDateTimeSchema.optional(),
        to: isoDateTimeSchema.optional(),
        actorId: idSchema.optional(),
        action: auditActionSchema.optional(),
        limit: z.number().int().min(1).max(500),
        offset: z.number().int().min(0),
      })
      .strict(),
    z.object({ entries: z.array(auditEntrySchema), total: z.number().int().nonnegative() }),
    rolesAccess('admin'),
  ),
  /**
   * Checks the audit chain and every signed record's seal. `alteredRecords`: signed records changed
   * outside the app, by kind and id only (never content); each is audited once as record.altered.
   */
  'audit:verify': channel(
    none,
    z.object({
      checked: z.number().int().nonnegative(),
      firstBrokenId: z.number().int().positive().nullable(),
      alteredRecords: z.array(z.object({ kind: z.enum(['assessment', 'groupSession']), id: idSchema })),
      /**
       * The log's end against the anchor kept in the key file (issue 16, section 4): `truncated` when the
       * anchored row is gone (the newest rows, or all, deleted), `altered` when it was rewritten, `invalid` when
       * the anchor's HMAC does not hold, `missing` when the key file holds none.
       */
      anchor: z.object({
        state: z.enum(['intact', 'missing', 'invalid', 'truncated', 'altered']),
        anchoredId: z.number().int().positive().nullable(),
        newestId: z.number().int().positive().nullable(),
      }),
    }),
    rolesAccess('admin'),
  ),
} as const;
