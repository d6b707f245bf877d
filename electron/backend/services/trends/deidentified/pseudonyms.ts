import { createHmac, randomBytes } from 'node:crypto';

/**
 * Pseudonyms (issue 14 §3): HMAC-SHA-256 of the client's internal id under a key, cut to 64 bits (16 hex digits; a
 * collision among 10,000 clients has probability about 10,000² / 2^65 ≈ 3·10^-12). Without the key a pseudonym cannot be
 * linked to a client, and the internal id is a random UUID that appears in no document.
 *
 * Per export: a fresh random key, forgotten when the export is written, so two exports cannot be joined.
 * Stable: a key derived from a facility secret kept only inside the encrypted vault, so the same client has the same
 * pseudonym in every stable export (for following people over time); an admin must state why, and it is audited.
 */
export type Pseudonymiser = { of(clientId: string): string; forget(): void };

export function pseudonymiser(key: Buffer): Pseudonymiser {
  return {
    of: (clientId) => `P${createHmac('sha256', key).update(clientId, 'utf8').digest('hex').slice(0, 16)}`,
    forget: () => key.fill(0),
  };
}

export function perExportKey(): Buffer {
  return randomBytes(32);
}

/** The stable key: HMAC of a fixed label under the facility secret, so the secret itself never keys anything else. */
export function stableKey(facilitySecretHex: string): Buffer {
  return createHmac('sha256', Buffer.from(facilitySecretHex, 'hex')).update('kenes deidentified pseudonyms v1').digest();
}

export function newFacilitySecret(): string {
  return randomBytes(32).toString('hex');
}
