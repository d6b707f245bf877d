import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KIND_TEXT } from '../../../common/organisationKindText';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import { NEXT_STATUSES, type Referral, canRecordOutcome, isOpenReferral } from '../../../electron/contract/referralChannels';
import type { Language } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { useLoaded } from '../../hooks/useLoaded';
import { formatCalendarDate, formatDateTime } from '../../i18n/format';
import { todayValue } from '../clients/clientForm';
import { useAreaState } from '../shell/areaState';
import { useSignedIn } from '../vault/VaultContext';
import { FollowUpDialog } from './FollowUpDialog';
import { NewReferralDialog } from './NewReferralDialog';
import { OutcomeDialog } from './OutcomeDialog';
import { StepDialog } from './StepDialog';
import { outcomeText, referralTarget, stages } from './referralText';
import './referrals.css';

/** Which referral dialog is open: kept in the area store (ids only), so an unlock opens it again with its draft. */
export type ReferralDialogState =
  /** `assessmentId`: opened from that assessment's conclusion step (ConclusionReferrals), not from the client page. */
  | { kind: 'new'; clientId: string; assessmentId?: string }
  | { kind: 'step' | 'outcome' | 'followUp'; clientId: string; referralId: string }
  | null;
export const REFERRAL_DIALOG_KEY = 'referrals:dialog';

type Props = { client: ClientDetail; onOpenAssessment: (assessmentId: string) => void };

/**
 * The client's referrals on their page (issue 17 §2): each with where it goes, why, its path so far,
 * its outcome and its follow-up date (marked when due); psychologists refer, take the next step,
 * record the outcome and move the follow-up. Admins read. Newest first.
 */
export function ReferralsSection({ client, onOpenAssessment }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { account } = useSignedIn();
  const canWrite = account.roles.includes('psychologist');
  const loaded = useLoaded(useCallback(() => call('referrals:listForClient', { clientId: client.id }), [client.id]));
  const [dialog, setDialog] = useAreaState<ReferralDialogState>(REFERRAL_DIALOG_KEY, null);
  const open =
    dialog && dialog.clientId === client.id && canWrite && !(dialog.kind === 'new' && dialog.assessmentId) ? dialog : null;
  const referrals = loaded.value;
  const today = todayValue();

  const saved = (referral: Referral) => {
    setDialog(null);
    if (referrals) {
      const others = referrals.filter((r) => r.id !== referral.id);
      loaded.set(
        referrals.some((r) => r.id === referral.id)
          ? referrals.map((r) => (r.id === referral.id ? referral : r))
          : [referral, ...others],
      );
    } else loaded.reload();
  };
  const close = () => setDialog(null);
  const current = open && open.kind !== 'new' ? referrals?.find((r) => r.id === open.referralId) : undefined;
  const dialogTitle = (key: string, r: Referral) => t(key, { target: referralTarget(language, r) });

  return (
    <section className="panel client-section referrals-section" aria-labelledby="client-referrals">
      <div className="client-section__header">
        <h2 id="client-referrals">{t('referrals.title')}</h2>
        {canWrite ? (
          <Button variant="primary" onPress={() => setDialog({ kind: 'new', clientId: client.id })}>
            {t('referrals.new')}
          </Button>
        ) : null}
      </div>
      <FormError error={loaded.error} />
      {!referrals && !loaded.error ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {referrals && referrals.length === 0 ? <p className="muted">{t('referrals.none')}</p> : null}
      {referrals && referrals.length > 0 ? (
        <ul className="referral-list">
          {referrals.map((r) => {
            const due = isOpenReferral(r.status) && r.followUpOn !== null && r.followUpOn <= today;
            const outcome = outcomeText(t, language, r);
            return (
              <li key={r.id} className="referral-card" data-referral-id={r.id} data-status={r.status}>
                <div className="referral-card__head">
                  <h3 className="referral-card__target">{referralTarget(language, r)}</h3>
                  <span className={`status-badge referral-status referral-status--${r.status}`}>
                    {t(`referrals.status.${r.status}`)}
                  </span>
                  {due ? <span className="status-badge referral-due">{t('referrals.due')}</span> : null}
                </div>
                <p className="muted referral-card__meta">
                  {[
                    r.organisation ? ORGANISATION_KIND_TEXT[language][r.serviceKind] : null,
                    r.organisation?.city,
                    r.organisation?.phone,
                    r.organisation?.archived ? t('referrals.archived') : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <dl className="referral-card__facts">
                  <div>
                    <dt>{r.status === 'planned' ? t('referrals.plannedOn') : t('referrals.referredOn')}</dt>
                    <dd>{formatCalendarDate(language, r.referredOn)}</dd>
                  </div>
                  {isOpenReferral(r.status) ? (
                    <div>
                      <dt>{t('referrals.followUpOn')}</dt>
                      <dd>{r.followUpOn ? formatCalendarDate(language, r.followUpOn) : t('referrals.noFollowUp')}</dd>
                    </div>
                  ) : null}
                  {outcome ? (
                    <div className="referral-card__outcome">
                      <dt>{t('referrals.outcomeOn', { date: formatCalendarDate(language, r.outcomeOn ?? r.referredOn) })}</dt>
                      <dd>{outcome}</dd>
                    </div>
                  ) : null}
                </dl>
                {r.reason ? <p className="referral-card__reason">{r.reason}</p> : null}
                <ol className="referral-steps" aria-label={t('referrals.stepsLabel')}>
                  {stages(t, r).map((s) => (
                    <li key={s.key} className={`referral-steps__step referral-steps__step--${s.state}`}>
                      <span className="referral-steps__label">{s.label}</span>
                      {s.on ? <span className="referral-steps__date">{formatCalendarDate(language, s.on)}</span> : null}
                      <span className="visually-hidden">{t(`referrals.stage.${s.state}`)}</span>
                    </li>
                  ))}
                </ol>
                {r.sourceAssessmentId ? (
                  <p className="referral-card__source">
                    <Button variant="quiet" className="button--small" onPress={() => onOpenAssessment(r.sourceAssessmentId!)}>
                      {t('referrals.fromAssessment')}
                    </Button>
                  </p>
                ) : null}
                <details className="referral-history">
                  <summary>{t('referrals.history', { count: r.events.length })}</summary>
                  <ol>
                    {r.events.map((e) => (
                      <li key={e.id}>
                        <strong>{formatCalendarDate(language, e.on)}</strong> — {t(`referrals.status.${e.status}`)}
                        {e.note ? <span className="referral-history__note"> — {e.note}</span> : null}
                        <span className="muted">
                          {' '}
                          ({e.byName}, {formatDateTime(language, new Date(e.at), 'minutes')})
                        </span>
                      </li>
                    ))}
                  </ol>
                </details>
                {canWrite ? (
                  <div className="referral-card__actions">
                    {NEXT_STATUSES[r.status].length > 0 ? (
                      <Button onPress={() => setDialog({ kind: 'step', clientId: client.id, referralId: r.id })}>
                        {t('referrals.nextStep')}
                      </Button>
                    ) : null}
                    {canRecordOutcome(r.status) ? (
                      <Button onPress={() => setDialog({ kind: 'outcome', clientId: client.id, referralId: r.id })}>
                        {r.status === 'outcome' ? t('referrals.correctOutcome') : t('referrals.recordOutcome')}
                      </Button>
                    ) : null}
                    {isOpenReferral(r.status) ? (
                      <Button
                        variant="quiet"
                        onPress={() => setDialog({ kind: 'followUp', clientId: client.id, referralId: r.id })}
                      >
                        {t('referrals.changeFollowUp')}
                      </Button>
                    ) : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {open?.kind === 'new' ? (
        <NewReferralDialog clientId={client.id} clientCode={client.code} onClose={close} onSaved={saved} />
      ) : null}
      {open?.kind === 'step' && current ? (
        <StepDialog referral={current} title={dialogTitle('referrals.step.title', current)} onClose={close} onSaved={saved} />
      ) : null}
      {open?.kind === 'outcome' && current ? (
        <OutcomeDialog
          referral={current}
          title={dialogTitle('referrals.outcome.title', current)}
          onClose={close}
          onSaved={saved}
        />
      ) : null}
      {open?.kind === 'followUp' && current ? (
        <FollowUpDialog
          referral={current}
          title={dialogTitle('referrals.followUp.title', current)}
          onClose={close}
          onSaved={saved}
        />
      ) : null}
    </section>
  );
}
