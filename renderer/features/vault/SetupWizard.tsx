import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstallationKind } from '../../../electron/contract/installationKind';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { CenteredPage } from '../../components/Page';
import { StepIndicator } from '../../components/StepIndicator';
import { applyLanguage } from '../../i18n';
import { useActivity } from '../../hooks/useActivity';
import { RestoreFlow } from '../backup/RestoreFlow';
import { Button } from '../../components/Button';
import { StepAdmin, type AdminDraft } from './StepAdmin';
import { StepConfirmKey } from './StepConfirmKey';
import { StepFacility } from './StepFacility';
import { StepLanguage } from './StepLanguage';
import { StepRecoveryKey } from './StepRecoveryKey';
import { useVault } from './VaultContext';
import { isVaultProblem } from './vaultProblemCode';

type Step = 0 | 1 | 2 | 3 | 4;

/**
 * First run: language, facility, first administrator, then the recovery key, shown once and
 * typed back in part. The vault is created at the end of step 3; steps 4 and 5 run signed in,
 * and the app opens only after the key has been confirmed.
 */
export function SetupWizard() {
  const { t } = useTranslation();
  const { status, refresh } = useVault();
  const [step, setStep] = useState<Step>(0);
  const [language, setLanguage] = useState<Language>(status?.language ?? 'kk');
  const [facilityName, setFacilityName] = useState('');
  const [installationKind, setInstallationKind] = useState<InstallationKind>('facility');
  const [admin, setAdmin] = useState<AdminDraft>({ fullName: '', username: '' });
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [setupError, setSetupError] = useState<AppError | null>(null);
  // First run can also be a restore from a backup (issue 16): nothing is created then.
  const [restoring, setRestoring] = useState(false);
  useActivity(recoveryKey !== null);

  const chooseLanguage = (next: Language) => {
    setLanguage(next);
    applyLanguage(next); // the vault does not exist yet: the choice is saved by vault:setup
  };

  const createVault = async (values: AdminDraft & { password: string }) => {
    setSetupError(null);
    setAdmin({ fullName: values.fullName, username: values.username });
    const result = await call('vault:setup', {
      language,
      facilityName,
      installationKind,
      admin: { fullName: values.fullName, username: values.username, password: values.password },
    });
    if (!result.ok) {
      // Files appeared in the data folder, or another Kenes took it: the status screen says which.
      if (result.error.code === 'VAULT_EXISTS' || isVaultProblem(result.error.code)) return refresh();
      return setSetupError(result.error);
    }
    setRecoveryKey(result.value.recoveryKey);
    setStep(3);
  };

  const finish = () => {
    setRecoveryKey(null);
    void refresh();
  };

  const steps = [
    t('setup.steps.language'),
    t('setup.steps.facility'),
    t('setup.steps.admin'),
    t('setup.steps.key'),
    t('setup.steps.confirm'),
  ];
  if (restoring) {
    return (
      <CenteredPage wide>
        <RestoreFlow onCancel={() => setRestoring(false)} onRestored={() => void refresh()} />
      </CenteredPage>
    );
  }
  return (
    <CenteredPage wide>
      <StepIndicator steps={steps} current={step} />
      <p className="eyebrow">{t('setup.stepOf', { step: step + 1, total: steps.length })}</p>
      {step === 0 ? <StepLanguage value={language} onChange={chooseLanguage} onNext={() => setStep(1)} /> : null}
      {step === 0 ? (
        <p className="setup-restore">
          <Button variant="quiet" onPress={() => setRestoring(true)}>
            {t('backup.restore.fromFirstRun')}
          </Button>
        </p>
      ) : null}
      {step === 1 ? (
        <StepFacility
          initial={facilityName}
          initialKind={installationKind}
          onBack={() => setStep(0)}
          onNext={(name, kind) => {
            setFacilityName(name);
            setInstallationKind(kind);
            setStep(2);
          }}
        />
      ) : null}
      {step === 2 ? (
        <StepAdmin
          initial={admin}
          error={setupError}
          onBack={(draft) => {
            setAdmin(draft);
            setStep(1);
          }}
          onSubmit={createVault}
        />
      ) : null}
      {step === 3 && recoveryKey ? (
        <StepRecoveryKey recoveryKey={recoveryKey} facilityName={facilityName} onNext={() => setStep(4)} />
      ) : null}
      {step === 4 && recoveryKey ? <StepConfirmKey recoveryKey={recoveryKey} onBack={() => setStep(3)} onDone={finish} /> : null}
    </CenteredPage>
  );
}
