import { AppFailure } from '../../../contract/errors';
import type { PersonRef, Signature } from '../../../contract/signedRecord';

/** The records that are signed and then corrected only by addenda. */
export type SignedRecordKind = 'assessment' | 'groupSession';

/** A change refused because the record, or what it attests, is signed; the UI names the kind from details. */
export function recordSigned(kind: SignedRecordKind, message: string): AppFailure {
  return new AppFailure('RECORD_SIGNED', message, { reasons: [kind] });
}

/** What needs a signed record (an addendum, an export) refused because the record is not signed yet. */
export function recordNotSigned(kind: SignedRecordKind, message = `only a signed ${kind} takes addenda`): AppFailure {
  return new AppFailure('RECORD_NOT_SIGNED', message, { reasons: [kind] });
}

/** A signature or an addendum's signer as stored (id, name as it was, time), in the one shape both records show. */
export function signatureOf(by: string | null, byName: string | null, at: string | null): Signature | null {
  return by !== null && byName !== null && at !== null ? { by: personRef(by, byName), at } : null;
}

export const personRef = (id: string, fullName: string): PersonRef => ({ id, fullName });
