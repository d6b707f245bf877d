import type { TFunction } from 'i18next';
import type { Account, AuditEntry } from '../../../electron/contract/schemas';

type DetailValue = AuditEntry['details'][string];

/** Translates one detail value where its vocabulary is known (roles, fields, languages, lock reasons). */
function detailValue(t: TFunction, exists: (key: string) => boolean, key: string, value: DetailValue): string {
  const known = (prefix: string, v: string) => (exists(`${prefix}.${v}`) ? t(`${prefix}.${v}`) : v);
  if (Array.isArray(value)) {
    const prefix = key === 'roles' ? 'roles' : key === 'fields' ? 'audit.fields' : null;
    return value.map((v) => (prefix ? known(prefix, v) : v)).join(', ');
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return String(value);
  if (key === 'language') return known('languages', value);
  if (key === 'reason') return exists(`lockReasons.${value}`) ? t(`lockReasons.${value}`) : known('audit.reasons', value);
  if (key === 'anchor') return known('audit.anchorStates', value);
  if (key === 'via') return known('audit.via', value);
  return value;
}

/** The small facts of an audit row, as "label: value" pairs in the UI language. Never record content. */
export function formatDetails(t: TFunction, exists: (key: string) => boolean, details: AuditEntry['details']): string[] {
  return Object.entries(details).map(([key, value]) => {
    const label = exists(`audit.details.${key}`) ? t(`audit.details.${key}`) : key;
    return `${label}: ${detailValue(t, exists, key, value)}`;
  });
}

/** What the row is about: an account by name when we know it, otherwise the kind and a short id. */
export function formatTarget(t: TFunction, entry: AuditEntry, accounts: Account[]): string {
  if (!entry.targetKind || !entry.targetId) return '';
  if (entry.targetKind === 'account') {
    const account = accounts.find((a) => a.id === entry.targetId);
    if (account) return account.fullName;
  }
  return t('audit.targetUnknown', { kind: entry.targetKind, id: entry.targetId.slice(0, 8) });
}
