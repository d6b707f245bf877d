import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { formatDateTime, formatNumber } from '../../i18n/format';

/** The tables a person recognises, in the order the preview lists them; the rest are counted but not listed. */
export const SHOWN_TABLES = ['clients', 'assessments', 'drawings', 'groups', 'group_sessions', 'accounts', 'audit_log'] as const;

/** What a backup holds, as a definition list: date, facility, counts, schema version. */
export function BackupFacts({
  createdAt,
  facilityName,
  counts,
  schemaVersion,
  currentSchemaVersion,
}: {
  createdAt: string;
  facilityName?: string;
  counts: Record<string, number>;
  schemaVersion: number;
  currentSchemaVersion?: number;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <dl className="facts backup-facts" data-testid="backup-facts">
      <Fact label={t('backup.facts.createdAt')}>{formatDateTime(language, new Date(createdAt), 'minutes')}</Fact>
      {facilityName !== undefined ? <Fact label={t('backup.facts.facility')}>{facilityName}</Fact> : null}
      {SHOWN_TABLES.filter((table) => counts[table] !== undefined).map((table) => (
        <Fact key={table} label={t(`backup.tables.${table}`)}>
          {formatNumber(language, counts[table] ?? 0)}
        </Fact>
      ))}
      <Fact label={t('backup.facts.schema')}>
        {currentSchemaVersion !== undefined && currentSchemaVersion > schemaVersion
          ? t('backup.facts.schemaMigrates', { from: schemaVersion, to: currentSchemaVersion })
          : String(schemaVersion)}
      </Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
