import type { TFunction } from 'i18next';
import type { ClientSummary } from '../../../electron/contract/clientChannels';
import type { Language } from '../../../electron/contract/schemas';
import { formatCalendarDate } from '../../i18n/format';

/** The client's current legal status in words, with its end when it has ended. */
export function legalStatusText(t: TFunction, language: Language, status: ClientSummary['legalStatus']): string {
  if (!status) return t('clients.notRecorded');
  const name = t(`clients.legalStatuses.${status.status}`);
  return status.endDate ? t('clients.legal.endedOn', { status: name, date: formatCalendarDate(language, status.endDate) }) : name;
}
