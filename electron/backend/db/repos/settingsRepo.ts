import type { Db } from '../connection';

/** Facility-wide settings, stored as text values under fixed keys. */
export type SettingKey =
  | 'facilityName'
  | 'idleTimeoutMinutes'
  | 'installationLanguage'
  | 'trendsK'
  | 'deidentifiedSecret'
  /** 'facility' (also when absent: every vault before issue 15) or 'supervisor'; chosen once, at set-up. */
  | 'installationKind';

/** Reads one setting; undefined when it was never written. */
export function getSetting(db: Db, key: SettingKey): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

/** Writes one setting, replacing the old value. */
export function setSetting(db: Db, key: SettingKey, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}
