import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultProblem } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { CenteredPage, PageTitle } from '../../components/Page';
import { RestoreFlow } from '../backup/RestoreFlow';
import { SignedOutLanguage } from './SignedOutLanguage';
import { useVault } from './VaultContext';
import './vaultProblem.css';

/**
 * The data folder cannot be used as it is (issue 10): says what is wrong, what to do, and where the
 * folder is. It never offers set-up: the files stay exactly as they are until the person acts.
 */
export function VaultProblemScreen({ problem }: { problem: VaultProblem }) {
  const { t } = useTranslation();
  const { refresh } = useVault();
  const [checking, setChecking] = useState(false);
  const [openError, setOpenError] = useState<AppError | null>(null);
  const [restoring, setRestoring] = useState(false);
  const openFolder = async () => {
    const result = await call('vault:openDataFolder', {});
    setOpenError(result.ok ? null : result.error);
  };
  const checkAgain = async () => {
    setChecking(true);
    try {
      await refresh();
    } finally {
      setChecking(false);
    }
  };
  const key = `vaultProblem.${problem.code}`;
  if (restoring) {
    return (
      <CenteredPage corner={<SignedOutLanguage />} wide>
        <RestoreFlow onCancel={() => setRestoring(false)} onRestored={() => void refresh()} />
      </CenteredPage>
    );
  }
  return (
    <CenteredPage corner={<SignedOutLanguage />} wide>
      <div className="vault-problem" data-testid="vault-problem" data-problem={problem.code}>
        <PageTitle>{t(`${key}.title`)}</PageTitle>
        <div className="notice notice--error" role="alert">
          <Icon name="alert" className="notice__icon" />
          <div className="notice__body">
            <p>{t(`${key}.what`)}</p>
            {problem.pages && problem.pages.length > 0 ? (
              <p>{t('vaultProblem.pages', { pages: problem.pages.join(', ') })}</p>
            ) : null}
            <p>{t('vaultProblem.nothingChanged')}</p>
          </div>
        </div>
        <h2>{t('vaultProblem.whatToDo')}</h2>
        <p>{t(`${key}.todo`)}</p>
        <h2 id="vault-problem-folder">{t('vaultProblem.folder')}</h2>
        <p className="vault-problem__folder mono" aria-labelledby="vault-problem-folder" data-testid="vault-folder">
          {problem.dataDir}
        </p>
        <p className="muted">{t('vaultProblem.folderHint')}</p>
        <FormError error={openError} />
        <div className="vault-problem__actions">
          <Button onPress={() => void openFolder()}>{t('vaultProblem.openFolder')}</Button>
          {problem.code !== 'VAULT_IN_USE' ? (
            <Button onPress={() => setRestoring(true)}>{t('backup.restore.fromDamaged')}</Button>
          ) : null}
          <Button variant="primary" isPending={checking} onPress={() => void checkAgain()}>
            {t('vaultProblem.checkAgain')}
          </Button>
        </div>
      </div>
    </CenteredPage>
  );
}
