import { z } from 'zod';
import { AppFailure } from '../../../../contract/errors';
import { fingerprintOf } from './keys';

/**
 * The supervisor's public key file (issue 15 §2): written by the supervisor installation, carried to each facility,
 * imported once by its admin after comparing the fingerprint with the one the supervisor reads out or prints.
 * Extension `.kenessupervisor`; pretty-printed JSON, so a person can read it:
 *
 *   { "format": "kenes-supervisor-key", "version": 1, "name": "<the supervising department>",
 *     "publicKey": "<raw X25519 public key, base64>", "fingerprint": "XXXX-XXXX-XXXX-XXXX-XXXX" }
 *
 * The fingerprint is recomputed on reading; a file whose key and fingerprint disagree is damaged and refused. The
 * file is not secret and not signed: what makes it trustworthy is the admin's comparison of the fingerprint.
 */
export const SUPERVISOR_KEY_EXTENSION = 'kenessupervisor';
const FORMAT = 'kenes-supervisor-key';
export const SUPERVISOR_KEY_FILE_VERSION = 1;
/** A key file is a few hundred bytes; anything much larger is not one. */
const MAX_BYTES = 16 * 1024;

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(SUPERVISOR_KEY_FILE_VERSION),
  name: z.string().trim().min(1).max(200),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  fingerprint: z.string(),
});

export type SupervisorKey = { name: string; publicKey: Buffer; fingerprint: string };

export function writeSupervisorKeyFile(input: { name: string; publicKey: Uint8Array }): Buffer {
  const file = {
    format: FORMAT,
    version: SUPERVISOR_KEY_FILE_VERSION,
    name: input.name,
    publicKey: Buffer.from(input.publicKey).toString('base64'),
    fingerprint: fingerprintOf(input.publicKey),
  };
  return Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
}

const invalid = (message: string) => new AppFailure('SUPERVISOR_KEY_FILE_INVALID', message);

export function readSupervisorKeyFile(bytes: Uint8Array): SupervisorKey {
  if (bytes.length > MAX_BYTES) throw invalid('too large for a supervisor key file');
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw invalid('not a supervisor key file');
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (head?.format !== FORMAT) throw invalid('not a supervisor key file');
  if (typeof head.version === 'number' && head.version > SUPERVISOR_KEY_FILE_VERSION) {
    throw new AppFailure('BUNDLE_NEWER_FORMAT', `supervisor key file version ${head.version} is newer than this app`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) throw invalid('the supervisor key file is damaged');
  const publicKey = Buffer.from(parsed.data.publicKey, 'base64');
  const fingerprint = fingerprintOf(publicKey);
  if (publicKey.length !== 32 || fingerprint !== parsed.data.fingerprint) throw invalid('the key and its fingerprint disagree');
  return { name: parsed.data.name, publicKey, fingerprint };
}
