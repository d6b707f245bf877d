import { z } from 'zod';
import { channel, none } from './channel';
import {
  LEGAL_STATUS_MAPPING_CHOICES,
  type UnmappedLegalStatus,
  legalStatusSchema,
  unmappedLegalStatusSchema,
} from './legalStatuses';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema } from './schemas';

/**
 * The one-time mapping of the first model's legal statuses (issue 17 §4, migration 0016). Periods recorded as
 * 'in-custody' or 'on-probation' keep that value until an admin or psychologist says, once for the facility, which
 * status of the law it meant. Counts only cross this boundary (never a client, a code or a date).
 */
export const legalStatusMappingStateSchema = z.object({
  /** Old values still held by some periods, with how many periods and clients hold them. */
  pending: z.array(
    z.object({
      from: unmappedLegalStatusSchema,
      periods: z.int().positive(),
      clients: z.int().positive(),
      /** The statuses it may be mapped to. */
      choices: z.array(legalStatusSchema),
    }),
  ),
  /** Answers given, with who and when (the account id) and how many periods they mapped. */
  answered: z.array(
    z.object({
      from: unmappedLegalStatusSchema,
      to: legalStatusSchema,
      periods: z.int().nonnegative(),
      answeredBy: idSchema,
      answeredAt: isoDateTimeSchema,
    }),
  ),
});
export type LegalStatusMappingState = z.infer<typeof legalStatusMappingStateSchema>;

const mappingSchema = z
  .object({ from: unmappedLegalStatusSchema, to: legalStatusSchema })
  .strict()
  .refine((m) => LEGAL_STATUS_MAPPING_CHOICES[m.from as UnmappedLegalStatus].includes(m.to), {
    path: ['to'],
    message: 'not a status this old value can be mapped to',
  });

const CLINICIANS = rolesAccess('psychologist', 'admin');

export const legalStatusChannels = {
  /** What is still to be answered, and what was answered. */
  'legalStatus:mappingState': channel(none, legalStatusMappingStateSchema, CLINICIANS),
  /**
   * Answers the question for every old value still pending, in one transaction: each period holding `from` gets `to`
   * (its first value stays in `originalStatus`). Every pending value must be answered (VALIDATION otherwise), so the
   * history is never half mapped. Idempotent: an old value no period holds any more (answered before) is left as
   * answered, whatever is sent for it, so a repeated call changes nothing.
   * Audited `legalStatus.mapped` per old value and `client.legalStatusMapped` per client.
   */
  'legalStatus:applyMapping': channel(
    z
      .object({ mappings: z.array(mappingSchema).min(1).max(2) })
      .strict()
      .refine((i) => new Set(i.mappings.map((m) => m.from)).size === i.mappings.length, 'an old value answered twice'),
    legalStatusMappingStateSchema,
    CLINICIANS,
  ),
} as const;
