import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../electron/contract/errors';

/**
 * The referral dialogs' words for refusals that mean something particular here: NOT_FOUND is an
 * organisation archived (or a referral gone) while the dialog was open. REFERRAL_DATE and
 * REFERRAL_STEP keep their general words (errors.*); the form checks the dates first.
 */
export function useReferralErrors(): Partial<Record<ErrorCode, string>> {
  const { t } = useTranslation();
  return {
    NOT_FOUND: t('referrals.form.notFound'),
  };
}
