import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../../electron/contract/schemas';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';

/**
 * The printed sheet: the facility, the date, the key and what to do with it. The facility and the
 * date say which installation and which key a sheet belongs to when a safe holds several (issue 12);
 * no person's name is printed. Hidden on screen; print.css shows only this element when printing.
 */
export function RecoveryKeyPrint({ groups, facilityName }: { groups: string[]; facilityName: string }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(i18n.language as Language, new Date());
  return createPortal(
    <section className="print-sheet">
      <h1>{t('setup.key.printTitle')}</h1>
      <p data-testid="print-facility">{t('setup.key.printFacility', { facility: facilityName })}</p>
      <p data-testid="print-date">{t('setup.key.printDate', { date })}</p>
      <RecoveryKeyGroups groups={groups} />
      <ol className="print-sheet__steps">
        <li>{t('setup.key.printKeep')}</li>
        <li>{t('setup.key.printUse')}</li>
        <li>{t('setup.key.printLost')}</li>
      </ol>
    </section>,
    document.body,
  );
}
