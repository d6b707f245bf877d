import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** SHA-256 of every file in a folder, by name: "did anything change on disk?" */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    out[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex');
  }
  return out;
}

/** The key file's wraps and lookup salt: what stays when only the throttle counters (and so the checks and generation) change. */
export function keyFileWithoutThrottle(dir: string, name = 'vault.key'): unknown {
  const kf = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
    header: { lookupSalt: string };
    wraps: Record<string, unknown>[];
  };
  return { lookupSalt: kf.header.lookupSalt, wraps: kf.wraps };
}

/** Every file's bytes in a folder, for searching. */
export function allBytes(dir: string): { name: string; bytes: Buffer }[] {
  return readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}
