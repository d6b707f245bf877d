import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, isTrustedSender } from '../../../electron/backend/shell/networkPolicy';

describe('the app never talks to a network', () => {
  it('allows only its own files and in-memory URLs', () => {
    expect(isAllowedRequest('app://kenes/index.html')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://kenes/123')).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/',
      'ws://localhost/',
      'file:///etc/passwd',
      'app://evil/x',
      'ftp://x/',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('navigates only within the app', () => {
    expect(isAppUrl('app://kenes/index.html#/settings')).toBe(true);
    expect(isAppUrl('https://kenes/')).toBe(false);
  });

  it('answers IPC only from its own top frame', () => {
    expect(isTrustedSender('app://kenes/index.html', true)).toBe(true);
    expect(isTrustedSender('app://kenes/index.html', false)).toBe(false);
    expect(isTrustedSender('https://attacker.example/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });
});
