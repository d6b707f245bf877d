// The key file must not contain names: a stolen disk should not list who works here. Yet sign-in must find the
// user's wrap without running scrypt against every wrap. A short keyed tag does both: HMAC with a per-install
// salt, cut to 16 bits. With a few dozen accounts a collision is rare (about 0.3% for 20 accounts) and costs
// only one extra scrypt; and a guessed name matches a given tag by chance 1 time in 65,536, so the tag
// narrows a list of candidate names but never confirms one strongly.
import { createHmac, randomBytes } from 'node:crypto';
import { base64Bytes } from './kdf';

const SALT_BYTES = 16;
const TAG_HEX_CHARS = 4;
const lookupSaltSchema = base64Bytes(SALT_BYTES);

/** The 4-hex-character lookup tag of a username under this installation's lookup salt. */
export function usernameTag(lookupSalt: string, username: string): string {
  if (!lookupSaltSchema.safeParse(lookupSalt).success) throw new Error('The lookup salt must be base64 of 16 bytes');
  // NFKC folds compatibility forms (full-width letters, ligatures) that look the same on screen; toLowerCase()
  // is locale-independent on purpose, so a Turkish-locale machine computes the same tag as any other.
  const canonical = username.normalize('NFKC').trim().toLowerCase();
  if (canonical === '') throw new Error('A username cannot be empty');
  return createHmac('sha256', Buffer.from(lookupSalt, 'base64')).update(canonical, 'utf8').digest('hex').slice(0, TAG_HEX_CHARS);
}

/** A fresh per-installation lookup salt (16 random bytes, base64). */
export function newLookupSalt(): string {
  return randomBytes(SALT_BYTES).toString('base64');
}
