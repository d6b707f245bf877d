import { describe, expect, it } from 'vitest';
import { newLookupSalt, usernameTag } from '../../../electron/backend/vault/lookupTag';

describe('username lookup tag', () => {
  it('is 4 lower-case hex characters', () => {
    expect(usernameTag(newLookupSalt(), 'a.petrova')).toMatch(/^[0-9a-f]{4}$/);
  });

  it('is the same regardless of case, surrounding whitespace and compatibility forms', () => {
    const salt = newLookupSalt();
    const tag = usernameTag(salt, 'a.petrova');
    expect(usernameTag(salt, '  A.Petrova\t')).toBe(tag);
    expect(usernameTag(salt, '\uff21.petrova')).toBe(tag); // full-width A
  });

  it('usually differs under another salt', () => {
    const tags = new Set(Array.from({ length: 50 }, () => usernameTag(newLookupSalt(), 'a.petrova')));
    expect(tags.size).toBeGreaterThan(40);
  });

  it('usually differs between usernames', () => {
    const salt = newLookupSalt();
    expect(usernameTag(salt, 'a.petrova')).not.toBe(usernameTag(salt, 'b.ivanov'));
  });

  it('refuses an empty username or a bad salt', () => {
    expect(() => usernameTag(newLookupSalt(), '   ')).toThrow();
    expect(() => usernameTag('short', 'a.petrova')).toThrow(/lookup salt/);
  });

  it('makes 16-byte base64 salts', () => {
    expect(Buffer.from(newLookupSalt(), 'base64')).toHaveLength(16);
    expect(newLookupSalt()).not.toBe(newLookupSalt());
  });
});
