// The backup file (issue 16, section 1): one file holding a header and the database.
//
//   "KENESBAK" (8 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON) | database bytes
//
// The header is readable without a key (so a restore can show what a file is before asking for a password):
// format, version, dates, app and schema version, a hash of the facility's name, the row counts, the key wraps
// valid when it was taken, the audit log's newest row, and the database part's length and SHA-256. The database
// part is the SQLCipher 4 file itself, encrypted under the data key page by page; nothing in the file is plain
// data. Once a wrap gives the data key, the header's `mac` (HMAC-SHA256 under a key derived from the data key,
// its own label) proves that no field of the header, and so (through its SHA-256) no byte of the database part,
// was changed since the backup was written.
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { z } from 'zod';
import { auditAnchorSchema } from '../audit/anchor';
import { base64Bytes } from './kdf';
import { keyWrapSchema } from './wrap';

export const BACKUP_MAGIC = Buffer.from('KENESBAK', 'latin1');
/** The format this version writes; a newer one is refused as "from a newer version". */
export const BACKUP_FORMAT_VERSION = 1;
/** File name ending of backups: `kenes-backup-YYYYMMDD-HHMMSS.kbak`, automatic ones `kenes-backup-auto-…`. */
export const BACKUP_EXTENSION = '.kbak';
const PREFIX_BYTES = BACKUP_MAGIC.length + 4;
/** A header larger than this is not ours (it holds a few dozen wraps at most). */
const MAX_HEADER_BYTES = 1 << 20;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** What a backup's header says. Every field is covered by `mac`. */
export const backupHeaderSchema = z.strictObject({
  format: z.literal('kenes-backup'),
  version: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(50),
  /** PRAGMA user_version of the database part. */
  schemaVersion: z.number().int().nonnegative(),
  /** SHA-256 of the facility's name (NFC): tells two facilities' backups apart without printing the name. */
  facilityNameHash: hex64,
  /** Rows per table of the database part, equal to the live database's at the moment it was taken. */
  counts: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), z.number().int().nonnegative()),
  /** The key file's wraps at that moment: any password valid then, or the recovery key, opens the backup. */
  keys: z.strictObject({ lookupSalt: base64Bytes(16), wraps: z.array(keyWrapSchema).min(1).max(1000) }),
  /** The audit log's newest row at that moment (audit/anchor.ts, under the data key); null when the log is empty. */
  auditAnchor: auditAnchorSchema.nullable(),
  database: z.strictObject({ bytes: z.number().int().positive(), sha256: hex64 }),
  automatic: z.boolean(),
  mac: hex64,
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;
export type UnsignedHeader = Omit<BackupHeader, 'mac'>;

/** Why a file cannot be read as a backup without its key. */
export type BackupShapeProblem = 'notBackup' | 'newerFormat' | 'truncated' | 'corrupted';

/** SHA-256 of a facility name as stored in the header. */
export function facilityNameHash(name: string): string {
  return createHash('sha256').update(name.normalize('NFC'), 'utf8').digest('hex');
}

function headerMacKey(dataKey: Buffer): Buffer {
  // HKDF-SHA256 with its own label, as the seals of signed records do: a key for this purpose only.
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'kenes-backup-header-v1', 32));
}

/** Canonical JSON: object keys sorted at every depth, so the mac does not depend on the order fields were built in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Canonical text the mac covers: every field but `mac`. */
function canonical(header: UnsignedHeader): string {
  return canonicalJson({ ...header, mac: undefined });
}

/** The header with its mac under the data key. */
export function signHeader(header: UnsignedHeader, dataKey: Buffer): BackupHeader {
  const key = headerMacKey(dataKey);
  try {
    return { ...header, mac: createHmac('sha256', key).update(canonical(header)).digest('hex') };
  } finally {
    key.fill(0);
  }
}

/** True when the header's mac holds under this data key. */
export function headerMacHolds(header: BackupHeader, dataKey: Buffer): boolean {
  return signHeader(header, dataKey).mac === header.mac;
}

/** The bytes before the database part. */
export function encodeHeader(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([BACKUP_MAGIC, length, json]);
}

/** The header and where the database part starts, read from the file's first bytes and its size. */
export type ParsedBackup = { header: BackupHeader; databaseOffset: number };

/**
 * Reads the prefix of a backup file (`head` holds at least its first bytes; `size` is the whole file's size).
 * Returns the header or the problem; never throws.
 */
export function parseBackupPrefix(
  readAt: (offset: number, length: number) => Buffer,
  size: number,
): ParsedBackup | { problem: BackupShapeProblem } {
  if (size < PREFIX_BYTES) return { problem: size === 0 ? 'truncated' : 'notBackup' };
  const prefix = readAt(0, PREFIX_BYTES);
  if (!prefix.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) return { problem: 'notBackup' };
  const length = prefix.readUInt32BE(BACKUP_MAGIC.length);
  if (length === 0 || length > MAX_HEADER_BYTES) return { problem: 'corrupted' };
  if (size < PREFIX_BYTES + length) return { problem: 'truncated' };
  let raw: unknown;
  try {
    raw = JSON.parse(readAt(PREFIX_BYTES, length).toString('utf8'));
  } catch {
    return { problem: 'corrupted' };
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) return { problem: 'newerFormat' };
  const parsed = backupHeaderSchema.safeParse(raw);
  if (!parsed.success) return { problem: 'corrupted' };
  const databaseOffset = PREFIX_BYTES + length;
  const expected = databaseOffset + parsed.data.database.bytes;
  if (size < expected) return { problem: 'truncated' };
  if (size > expected) return { problem: 'corrupted' };
  return { header: parsed.data, databaseOffset };
}
