import type { TFunction } from 'i18next';
import type { ClientSummary } from '../../../electron/contract/clientChannels';
import type { Language } from '../../../electron/contract/schemas';
import { formatDate } from '../../i18n/format';

/** A calendar date (YYYY-MM-DD) as people write it; parsed as a local date so no time zone moves the day. */
export function formatCalendarDate(language: Language, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatDate(language, new Date(y, m - 1, d));
}

/** The client's current legal status in words, with its end when it has ended. */
export function legalStatusText(t: TFunction, language: Language, status: ClientSummary['legalStatus']): string {
  if (!status) return t('clients.notRecorded');
  const name = t(`clients.legalStatuses.${status.status}`);
  return status.endDate ? t('clients.legal.endedOn', { status: name, date: formatCalendarDate(language, status.endDate) }) : name;
}
