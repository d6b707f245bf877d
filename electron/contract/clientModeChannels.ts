import { z } from 'zod';
import { channel } from './channel';
import { rolesAccess } from './roles';
import { clientModeSchema, idSchema, languageSchema, passwordSchema } from './schemas';

/**
 * What to hand the screen to: one drawing, one assessment's questionnaire in the client's
 * language, or one member's mood entry in a group session. Who may hand over each kind is checked
 * by the client-mode service, next to the channels each kind opens.
 */
export const clientModeRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('drawing'), drawingId: idSchema }).strict(),
  z.object({ kind: z.literal('questionnaire'), assessmentId: idSchema, language: languageSchema }).strict(),
  z.object({ kind: z.literal('groupMood'), sessionId: idSchema, memberId: idSchema }).strict(),
]);
export type ClientModeRequest = z.infer<typeof clientModeRequestSchema>;

/** Psychologists hand over drawings and questionnaires; facilitators, group drawings and mood entries. */
const CLINICIANS_AND_FACILITATORS = rolesAccess('psychologist', 'facilitator');

/** Client mode: the screen belongs to a client until the signed-in person's password ends it. */
export const clientModeChannels = {
  /** Hands the screen to a client: every channel but the target's few is refused until the password is given. */
  'clientMode:enter': channel(clientModeRequestSchema, clientModeSchema, CLINICIANS_AND_FACILITATORS),
  /** Leaves client mode with the signed-in person's password; wrong passwords are audited and slowed down. */
  'clientMode:exit': channel(z.object({ password: passwordSchema }).strict(), z.null(), CLINICIANS_AND_FACILITATORS),
} as const;
