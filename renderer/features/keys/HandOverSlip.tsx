import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import type { RotationAccount } from '../../../electron/contract/keyChannels';
import { formatDate } from '../../i18n/format';

/**
 * The printed hand-over slip for one person after a data-key rotation: the facility, their name and username,
 * the temporary password and what to do with it. Hidden on screen; print.css prints only `.print-sheet`, and only
 * one slip is mounted at a time, so each person gets their own sheet.
 */
export function HandOverSlip({
  account,
  password,
  facilityName,
}: {
  account: RotationAccount;
  password: string;
  facilityName: string;
}) {
  const { t, i18n } = useTranslation();
  const date = formatDate(i18n.language as Language, new Date());
  return createPortal(
    <section className="print-sheet" data-testid="hand-over-slip">
      <h1>{t('keys.handOver.printTitle')}</h1>
      <p>{t('setup.key.printFacility', { facility: facilityName })}</p>
      <p>{t('keys.handOver.printDate', { date })}</p>
      <p>{t('keys.handOver.printFor', { name: account.fullName, username: account.username })}</p>
      <p className="key-groups__value">{password}</p>
      <ol className="print-sheet__steps">
        <li>{t('keys.handOver.printChange')}</li>
        <li>{t('keys.handOver.printDestroy')}</li>
      </ol>
    </section>,
    document.body,
  );
}
