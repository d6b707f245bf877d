import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

/** The renderer is served from app://kenes/, a privileged custom scheme, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kenes';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** docs/DESIGN.md's policy, sent as a response header on every file of the renderer. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), bluetooth=()',
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export type AppResponse = { status: number; headers: Record<string, string>; body: Buffer };

/**
 * Maps an app:// URL to a file of the built renderer. Anything outside the renderer folder
 * (traversal, symlinks out, other hosts) is 404, so the scheme cannot read the disk.
 */
export function serveAppFile(rendererDir: string, url: string): AppResponse {
  const notFound: AppResponse = {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' },
    body: Buffer.from(''),
  };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return notFound;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return notFound;
  const root = realpathSync(rendererDir);
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname === '/' ? '/index.html' : parsed.pathname);
  } catch {
    // A malformed percent-escape (app://kenes/%E0%A4%A) names no file: a bad request, not a crash of the handler.
    return { ...notFound, status: 400 };
  }
  const candidate = resolve(root, `.${pathname}`);
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    return notFound;
  }
  if (!real.startsWith(root + sep) || !statSync(real).isFile()) return notFound;
  return {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': MIME[extname(real).toLowerCase()] ?? 'application/octet-stream' },
    body: readFileSync(real),
  };
}
