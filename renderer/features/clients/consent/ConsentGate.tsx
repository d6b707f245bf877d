import { useTranslation } from 'react-i18next';
import type { ConsentActivity, ConsentCoverage } from '../../../../common/consentCoverage';
import { MAX_CONSENT_REASON } from '../../../../electron/contract/consentChannels';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { TextField } from '../../../components/TextField';

type Props = {
  activity: ConsentActivity;
  /** 'covered' shows nothing. */
  coverage: ConsentCoverage;
  reason: string;
  onReasonChange(reason: string): void;
  /** Opens "Record consent"; left out where the person may not record one (facilitators). */
  onRecordConsent?: () => void;
};

/**
 * The warning before an assessment or a group enrolment that no consent in force covers (issue 12,
 * item 4): record the consent first, or — when the client never gave one — write down why the work
 * goes ahead without it (for example a court order). After a withdrawal only a new consent will do.
 */
export function ConsentGate({ activity, coverage, reason, onReasonChange, onRecordConsent }: Props) {
  const { t } = useTranslation();
  if (coverage === 'covered') return null;
  const withdrawn = coverage === 'withdrawn';
  return (
    <div
      className={withdrawn ? 'notice notice--error consent-gate' : 'notice notice--warning consent-gate'}
      role="alert"
      data-testid="consent-gate"
    >
      <Icon name="alert" className="notice__icon" />
      <div className="notice__body">
        <p>
          <strong>{t(`consentGate.${activity}.${coverage}`)}</strong>
        </p>
        <p>{withdrawn ? t('consentGate.withdrawnHelp') : t('consentGate.noneHelp')}</p>
        {onRecordConsent ? (
          <Button className="button--small" onPress={onRecordConsent}>
            {t('consentGate.record')}
          </Button>
        ) : (
          <p className="muted">{t('consentGate.askPsychologist')}</p>
        )}
        {withdrawn ? null : (
          <TextField
            label={t('consentGate.reason')}
            description={t('consentGate.reasonHelp')}
            value={reason}
            onChange={onReasonChange}
            maxLength={MAX_CONSENT_REASON}
            multiline
          />
        )}
      </div>
    </div>
  );
}

/** Whether the action may be sent: covered, or a reason written where one is allowed. */
export function consentGateOpen(coverage: ConsentCoverage, reason: string): boolean {
  return coverage === 'covered' || (coverage === 'none' && reason.trim() !== '');
}

/** The coverage a CONSENT_REQUIRED refusal names (details.reasons [activity, coverage]), or null for other errors. */
export function coverageOfRefusal(error: { code: string; details?: { reasons?: string[] } } | null): ConsentCoverage | null {
  if (error?.code !== 'CONSENT_REQUIRED') return null;
  return error.details?.reasons?.[1] === 'withdrawn' ? 'withdrawn' : 'none';
}
