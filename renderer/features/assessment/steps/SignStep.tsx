import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instrument, Language } from '../../../../assessments/instruments';
import type { Assessment, SigningBlocker } from '../../../../electron/contract/assessmentChannels';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { Icon } from '../../../components/Icon';
import { useSignedIn } from '../../vault/VaultContext';
import { sectionAnchor } from '../../instruments/SectionView';
import { blockerMessage } from '../model/blockerText';
import { type StepId, blockerStep, missingForSigning } from '../model/workflowSteps';
import { PasswordConfirmDialog } from '../../vault/PasswordConfirmDialog';

type Props = {
  def: Instrument;
  assessmentId: string;
  /** What the screen's draft still lacks (localBlockers). */
  blockers: readonly SigningBlocker[];
  flush(): Promise<boolean>;
  /** Goes to a step; `anchorId` names the element to focus there (a section of the scoring form). */
  onGo(step: StepId, anchorId?: string): void;
  /** States every section still open "not assessed" (the list above shows which). */
  onMarkOpenNotAssessed(): void;
  onSigned(signed: Assessment): void;
};

/**
 * Step 5: what is still missing, each with a way to the step that resolves it, then signing with
 * the password re-entered. The backend decides: a refusal's reasons are listed too.
 */
export function SignStep({ def, assessmentId, blockers, flush, onGo, onSigned, onMarkOpenNotAssessed }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { account } = useSignedIn();
  const [refused, setRefused] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const missing = missingForSigning(blockers, refused);
  // Items neither answered nor stated "not assessed": the psychologist may state the rest in one step, having seen the list.
  const openCount = blockers.reduce((n, b) => n + (b.reason === 'itemsOpen' ? (b.count ?? 0) : 0), 0);

  const sign = async (password: string): Promise<AppError | null> => {
    setError(null);
    if (!(await flush())) return { code: 'INTERNAL', message: 'the draft could not be saved' };
    const result = await call('assessments:sign', { id: assessmentId, password, formLanguage: language });
    if (result.ok) {
      setOpen(false);
      onSigned(result.value);
      return null;
    }
    if (result.error.code === 'ASSESSMENT_INCOMPLETE') {
      // Not a password problem: close the dialog and show what the backend still wants.
      setRefused(result.error.details?.reasons ?? []);
      setError(result.error);
      setOpen(false);
      return null;
    }
    return result.error;
  };

  return (
    <div className="sign-step">
      <h3 className="sign-step__title">{t('assessment.sign.reviewTitle')}</h3>
      <FormError error={error} />
      {missing.length === 0 ? (
        <p className="notice notice--success">
          <Icon name="check" className="notice__icon" />
          {t('assessment.sign.ready')}
        </p>
      ) : (
        <ul className="missing-list" aria-label={t('assessment.sign.missingLabel')}>
          {missing.map((blocker, i) => {
            const message = blockerMessage(def, blocker, language);
            const step = blockerStep(def, blocker);
            return (
              <li
                key={`${blocker.reason}-${blocker.pageId ?? ''}-${blocker.itemId ?? blocker.sectionId ?? ''}-${i}`}
                className={`missing missing--${blocker.reason}`}
              >
                <Icon name={blocker.reason === 'unacknowledgedFlag' ? 'alert' : 'info'} />
                <span className="missing__text">{t(message.key, message.params)}</span>
                <Button
                  variant="quiet"
                  className="button--small"
                  onPress={() => onGo(step, blocker.sectionId ? sectionAnchor(blocker.sectionId) : undefined)}
                >
                  {t('assessment.sign.goTo', { step: t(`assessment.steps.${step}`) })}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {openCount > 0 ? (
        <div className="sign-open">
          <p>{t('assessment.sign.markAllNotAssessedHelp', { count: openCount })}</p>
          <Button onPress={onMarkOpenNotAssessed}>{t('assessment.sign.markAllNotAssessed')}</Button>
        </div>
      ) : null}
      <p>{t('assessment.sign.explain')}</p>
      <Button variant="primary" isDisabled={missing.length > 0} onPress={() => setOpen(true)}>
        {t('assessment.sign.open')}
      </Button>
      <PasswordConfirmDialog
        isOpen={open}
        title={t('assessment.sign.dialogTitle')}
        explain={t('assessment.sign.dialogExplain', { name: account.fullName })}
        submitLabel={t('assessment.sign.submit')}
        passwordLabel={t('assessment.sign.password')}
        wrongPasswordMessage={t('drawing.exit.wrongPassword')}
        onSubmit={sign}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
