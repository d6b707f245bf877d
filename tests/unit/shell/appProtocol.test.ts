import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, serveAppFile } from '../../../electron/backend/shell/appProtocol';

let root: string;
let renderer: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kenes-proto-'));
  renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'export {}');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  symlinkSync(join(root, 'secret.txt'), join(renderer, 'link.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the app:// file server', () => {
  it('serves renderer files with the strict CSP and the right type', () => {
    const r = serveAppFile(renderer, 'app://kenes/assets/app.js');
    expect(r.status).toBe(200);
    expect(r.headers['Content-Type']).toMatch(/javascript/);
    expect(r.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(serveAppFile(renderer, 'app://kenes/').body.toString()).toBe('<!doctype html>');
  });

  it('never reads outside the renderer folder', () => {
    for (const url of [
      'app://kenes/../secret.txt',
      'app://kenes/%2e%2e/secret.txt',
      'app://kenes/..%2fsecret.txt',
      'app://kenes/link.txt',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://kenes/assets',
      'app://kenes/missing.js',
      'not a url',
    ]) {
      const r = serveAppFile(renderer, url);
      expect(r.status, url).toBe(404);
      expect(r.body.length).toBe(0);
    }
  });

  it('answers 400, not an exception, to a malformed percent-escape', () => {
    for (const url of ['app://kenes/%E0%A4%A', 'app://kenes/%', 'app://kenes/assets/%ZZ.js', 'app://kenes/%C0%80']) {
      const r = serveAppFile(renderer, url);
      expect(r.status, url).toBe(400);
      expect(r.body.length).toBe(0);
      expect(r.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
