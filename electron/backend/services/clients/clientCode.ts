import { randomInt } from 'node:crypto';
import { CLIENT_CODE_ALPHABET } from '../../../contract/clientChannels';

/**
 * A new client code, e.g. `K7M4-QX9B`: eight symbols drawn uniformly (crypto.randomInt has no
 * modulo bias) from the 30-symbol alphabet of the contract. Random rather than sequential, so a
 * code says nothing about when or in which order a person was registered.
 */
export function newClientCode(): string {
  let symbols = '';
  for (let i = 0; i < 8; i++) symbols += CLIENT_CODE_ALPHABET[randomInt(CLIENT_CODE_ALPHABET.length)];
  return `${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/**
 * What a search for a code compares: the code without its dash. A query that could be part of a
 * code (only alphabet symbols once spaces and dashes are dropped) becomes this form; any other
 * query cannot match a code and gives null.
 */
export function codeFragment(query: string): string | null {
  const compact = query.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
  if (compact.length === 0 || compact.length > 8) return null;
  for (const ch of compact) if (!CLIENT_CODE_ALPHABET.includes(ch)) return null;
  return compact;
}
