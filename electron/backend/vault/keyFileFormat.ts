// One copy of the key file, as text. Format 2 puts every item on a line of its own with its own SHA-256
// ("check"), and the whole file has one more, so one damaged byte costs at most the one line it falls in:
// every other wrap still opens (issue 10). Format 3 (issue 16) adds two optional lines: the audit log's
// anchor (audit/anchor.ts) and, during a data-key rotation, the rotation's wraps (vault/rotation.ts). Older
// formats are still read: format 1 (one JSON document, wrap by wrap when damaged) and format 2, and both are
// replaced by format 3 at the next write. A format 2 reader sees format 3 as "from a newer version" and
// leaves it alone, rather than misreading the new lines as damage.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { type AuditAnchor, auditAnchorSchema } from '../audit/anchor';
import { base64Bytes } from './kdf';
import { type ThrottleState, throttleStateSchema } from './throttle';
import { type KeyWrap, type WrapKind, keyWrapSchema } from './wrap';

/**
 * A data-key rotation under way (vault/rotation.ts): the wraps of the new data key, and the anchor under it,
 * which take over once vault.db is the rotated database, recognised by its SQLCipher salt (`dbSalt`, the
 * file's first 16 bytes, which PRAGMA rekey draws anew).
 */
export type KeyFileRotation = { dbSalt: string; wraps: KeyWrap[]; anchor: AuditAnchor | null };

/**
 * What the key file holds: the lookup salt, the wraps, the failed-sign-in counter and the audit log's anchor.
 * `rotation` is only ever written (by a rotation); readers get it resolved (keyFile.ts, inspectKeyFile).
 */
export type KeyFile = {
  lookupSalt: string;
  wraps: KeyWrap[];
  throttle: ThrottleState;
  anchor?: AuditAnchor | null;
  rotation?: KeyFileRotation;
};

/** The format this version writes. */
export const KEY_FILE_FORMAT = 3;
/** The formats this version reads as its own line format. */
const LINE_FORMATS = [2, 3] as const;

/** A wrap line that could not be read: what is known of it, for the report to the admin. */
export type DamagedWrap = { id: string | null; kind: WrapKind | null };

/** One copy of the key file as read from disk. */
export type KeyFileCopy =
  | { state: 'missing' }
  /** Written by a newer version of Kenes: never read further, never overwritten. */
  | { state: 'newer'; format: number }
  /** Every check holds (format 1 files have no checks: they parse whole). */
  | { state: 'intact'; format: 1 | 2 | 3; generation: number; keyFile: KeyFile }
  /** Some lines are damaged: what could still be read, item by item. */
  | {
      state: 'damaged';
      generation: number | null;
      lookupSalt: string | null;
      throttle: ThrottleState | null;
      anchor?: AuditAnchor | null;
      rotation?: KeyFileRotation;
      wraps: KeyWrap[];
      damagedWraps: DamagedWrap[];
      /** Header or throttle line damaged, lines missing, or the whole-file check failing. */
      structureDamaged: boolean;
    };

const headerSchema = z.strictObject({
  format: z.union([z.literal(LINE_FORMATS[0]), z.literal(LINE_FORMATS[1])]),
  generation: z.number().int().nonnegative(),
  lookupSalt: base64Bytes(16),
});

const rotationSchema = z.strictObject({
  dbSalt: z.string().regex(/^[0-9a-f]{32}$/),
  wraps: z.array(keyWrapSchema).min(1),
  anchor: auditAnchorSchema.nullable(),
}) satisfies z.ZodType<KeyFileRotation>;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `{…}` with `"check"` (SHA-256 of the object's text without it) appended as the last member. */
function checked(value: object): string {
  const body = JSON.stringify(value);
  return `${body.slice(0, -1)},"check":"${sha256(body)}"}`;
}

/** Format 2 text of one copy. */
export function serializeKeyFile(keyFile: KeyFile, generation: number): string {
  const wraps = keyFile.wraps.map((w, i) => `${checked(keyWrapSchema.parse(w))}${i < keyFile.wraps.length - 1 ? ',' : ''}`);
  const body = [
    `{"format": ${KEY_FILE_FORMAT},`,
    `"header": ${checked(headerSchema.parse({ format: KEY_FILE_FORMAT, generation, lookupSalt: keyFile.lookupSalt }))},`,
    `"throttle": ${checked(throttleStateSchema.parse(keyFile.throttle))},`,
    ...(keyFile.anchor ? [`"anchor": ${checked(auditAnchorSchema.parse(keyFile.anchor))},`] : []),
    ...(keyFile.rotation ? [`"rotation": ${checked(rotationSchema.parse(keyFile.rotation))},`] : []),
    '"wraps": [',
    ...wraps,
    '],',
    '',
  ].join('\n');
  return `${body}"check": "${sha256(body)}"}\n`;
}

const LINE = /^(?:"(header|throttle|anchor|rotation)": )?(\{.*),"check":"([0-9a-f]{64})"\},?$/;

type ItemName = 'header' | 'throttle' | 'anchor' | 'rotation';
type LineItem = { name: ItemName | 'wrap'; value: unknown } | { name: 'damaged'; line: string } | null;

function readLine(line: string): LineItem {
  if (line === '' || line === '"wraps": [' || line === '],' || /^\{"format": \d+,$/.test(line) || /^"check": "/.test(line)) {
    return null;
  }
  const m = LINE.exec(line);
  if (!m || sha256(`${m[2]}}`) !== m[3]) return { name: 'damaged', line };
  try {
    return { name: (m[1] as ItemName | undefined) ?? 'wrap', value: JSON.parse(`${m[2]}}`) };
  } catch {
    return { name: 'damaged', line };
  }
}

/** Whatever a damaged line still says about the wrap it held. */
function describeDamaged(line: string): DamagedWrap {
  const id = /"id":"([0-9a-f]{32})"/.exec(line)?.[1] ?? null;
  const kind = /"kind":"(password|recovery)"/.exec(line)?.[1] as WrapKind | undefined;
  return { id, kind: kind ?? null };
}

/** The format number a copy declares, when it can be seen. */
function declaredFormat(text: string): number | null {
  const m = /^\{\s*"format":\s*(\d+)/.exec(text);
  return m ? Number(m[1]) : null;
}

function wholeFileHolds(text: string): boolean {
  const at = text.lastIndexOf('\n"check": "');
  if (at < 0) return false;
  const m = /^"check": "([0-9a-f]{64})"\}\n?$/.exec(text.slice(at + 1));
  return m !== null && sha256(text.slice(0, at + 1)) === m[1];
}

function uniqueIds(wraps: KeyWrap[]): boolean {
  return new Set(wraps.map((w) => w.id)).size === wraps.length;
}

function readLineFormat(text: string, format: 2 | 3): KeyFileCopy {
  let generation: number | null = null;
  let lookupSalt: string | null = null;
  let throttle: ThrottleState | null = null;
  let anchor: AuditAnchor | null = null;
  let rotation: KeyFileRotation | undefined;
  const wraps: KeyWrap[] = [];
  const damagedWraps: DamagedWrap[] = [];
  let structureDamaged = !wholeFileHolds(text);
  for (const line of text.split(/\r?\n/)) {
    const item = readLine(line);
    if (item === null) continue;
    if (item.name === 'damaged') {
      const what = describeDamaged(line);
      if (
        /^"(header|throttle|anchor|rotation)"/.test(line) ||
        (what.id === null && what.kind === null && !line.startsWith('{'))
      ) {
        structureDamaged = true;
      } else {
        damagedWraps.push(what);
      }
      continue;
    }
    // The check was verified on the line's text; the value is what it covered.
    const value = { ...(item.value as Record<string, unknown>) };
    delete value.check;
    if (item.name === 'header') {
      const h = headerSchema.safeParse(value);
      if (h.success) [generation, lookupSalt] = [h.data.generation, h.data.lookupSalt];
      else structureDamaged = true;
    } else if (item.name === 'throttle') {
      const t = throttleStateSchema.safeParse(value);
      if (t.success) throttle = t.data;
      else structureDamaged = true;
    } else if (item.name === 'anchor') {
      const a = auditAnchorSchema.safeParse(value);
      if (a.success) anchor = a.data;
      else structureDamaged = true;
    } else if (item.name === 'rotation') {
      const r = rotationSchema.safeParse(value);
      if (r.success) rotation = r.data;
      else structureDamaged = true;
    } else {
      const w = keyWrapSchema.safeParse(value);
      if (w.success && !wraps.some((x) => x.id === w.data.id)) wraps.push(w.data);
      else damagedWraps.push(describeDamaged(line));
    }
  }
  const extra = { ...(anchor ? { anchor } : {}), ...(rotation ? { rotation } : {}) };
  if (!structureDamaged && damagedWraps.length === 0 && generation !== null && lookupSalt !== null && throttle !== null) {
    return { state: 'intact', format, generation, keyFile: { lookupSalt, wraps, throttle, ...extra } };
  }
  return { state: 'damaged', generation, lookupSalt, throttle, ...extra, wraps, damagedWraps, structureDamaged };
}

const format1Schema = z
  .strictObject({
    format: z.literal(1),
    lookupSalt: base64Bytes(16),
    wraps: z.array(keyWrapSchema),
    throttle: throttleStateSchema,
  })
  .refine((f) => uniqueIds(f.wraps));

/**
 * Format 1 was `JSON.stringify(…, null, 2)`: each wrap is the block of lines from "    {" to "    }".
 * When the document does not parse, each block is read on its own (the GCM tag still authenticates
 * the key material of every wrap read this way).
 */
function readFormat1(text: string): KeyFileCopy {
  try {
    const whole = format1Schema.safeParse(JSON.parse(text));
    if (whole.success) {
      const { lookupSalt, wraps, throttle } = whole.data;
      return { state: 'intact', format: 1, generation: 0, keyFile: { lookupSalt, wraps, throttle } };
    }
  } catch {
    // Damaged: read it piece by piece below.
  }
  const lines = text.split(/\r?\n/);
  const wraps: KeyWrap[] = [];
  const damagedWraps: DamagedWrap[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '    {') continue;
    const end = lines.findIndex((l, j) => j > i && /^ {4}\},?$/.test(l));
    const block = lines
      .slice(i, end < 0 ? lines.length : end + 1)
      .join('\n')
      .replace(/,$/, '');
    let parsed: z.ZodSafeParseResult<KeyWrap> | null = null;
    try {
      parsed = keyWrapSchema.safeParse(JSON.parse(block));
    } catch {
      parsed = null;
    }
    if (parsed?.success && !wraps.some((w) => w.id === parsed.data.id)) wraps.push(parsed.data);
    else damagedWraps.push(describeDamaged(block.replace(/\s+/g, '')));
    if (end > i) i = end;
  }
  const salt = /^ {2}"lookupSalt": "([A-Za-z0-9+/=]+)",?$/m.exec(text)?.[1];
  const lookupSalt = salt !== undefined && base64Bytes(16).safeParse(salt).success ? salt : null;
  return { state: 'damaged', generation: 0, lookupSalt, throttle: null, wraps, damagedWraps, structureDamaged: true };
}

/** Reads one copy's text; never throws. An empty or unrecognisable file is a damaged copy with nothing in it. */
export function parseKeyFileCopy(text: string): KeyFileCopy {
  const format = declaredFormat(text);
  if (format !== null && format > KEY_FILE_FORMAT) return { state: 'newer', format };
  if (format === 1 || (format === null && text.includes('\n    {'))) return readFormat1(text);
  return readLineFormat(text, format === 2 ? 2 : 3);
}
