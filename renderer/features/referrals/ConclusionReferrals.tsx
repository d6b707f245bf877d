import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../electron/contract/referralChannels';
import type { Language } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { useLoaded } from '../../hooks/useLoaded';
import { formatCalendarDate } from '../../i18n/format';
import { useAreaState } from '../shell/areaState';
import { NewReferralDialog } from './NewReferralDialog';
import { REFERRAL_DIALOG_KEY, type ReferralDialogState } from './ReferralsSection';
import { referralTarget } from './referralText';
import './referrals.css';

type Props = { assessmentId: string; clientId: string; clientCode: string };

/**
 * On an assessment's conclusion step: referrals to a named organisation (or any kind of service) made
 * from this assessment at once, with the assessment as their source, besides the ticked kinds that
 * signing turns into referrals. They are followed on the client's page like any other.
 */
export function ConclusionReferrals({ assessmentId, clientId, clientCode }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const loaded = useLoaded(useCallback(() => call('referrals:listForClient', { clientId }), [clientId]));
  const [dialog, setDialog] = useAreaState<ReferralDialogState>(REFERRAL_DIALOG_KEY, null);
  const open = dialog?.kind === 'new' && dialog.clientId === clientId && dialog.assessmentId === assessmentId;
  const mine = (loaded.value ?? []).filter((r) => r.sourceAssessmentId === assessmentId);
  const saved = (referral: Referral) => {
    setDialog(null);
    loaded.set([referral, ...(loaded.value ?? [])]);
  };
  return (
    <div className="conclusion-referrals">
      <FormError error={loaded.error} />
      {mine.length > 0 ? (
        <ul className="conclusion-referrals__list" aria-label={t('referrals.fromThisAssessment')}>
          {mine.map((r) => (
            <li key={r.id}>
              <strong>{referralTarget(language, r)}</strong> — {t(`referrals.status.${r.status}`)},{' '}
              {formatCalendarDate(language, r.referredOn)}
            </li>
          ))}
        </ul>
      ) : null}
      <Button onPress={() => setDialog({ kind: 'new', clientId, assessmentId })}>{t('referrals.referFromConclusion')}</Button>
      {open ? (
        <NewReferralDialog
          clientId={clientId}
          clientCode={clientCode}
          sourceAssessmentId={assessmentId}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      ) : null}
    </div>
  );
}
