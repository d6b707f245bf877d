import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../../electron/contract/schemas';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';

/**
 * The printed sheet: the key, the date and what to do with it. Nothing else: no facility, no
 * names, so a found sheet does not say whose data it opens. Hidden on screen; print.css shows
 * only this element when printing.
 */
export function RecoveryKeyPrint({ groups }: { groups: string[] }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(i18n.language as Language, new Date());
  return createPortal(
    <section className="print-sheet">
      <h1>{t('setup.key.printTitle')}</h1>
      <p>{t('setup.key.printDate', { date })}</p>
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
