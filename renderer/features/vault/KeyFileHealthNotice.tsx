import { useTranslation } from 'react-i18next';
import type { KeyFileHealth } from '../../../electron/contract/schemas';
import { Icon } from '../../components/Icon';
import './vaultProblem.css';

/** Shown to an admin after sign-in when a copy of the key file is missing or damaged (issue 10). */
export function KeyFileHealthNotice({ health }: { health: KeyFileHealth }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning key-file-health" role="status" data-testid="key-file-health">
      <Icon name="alert" className="notice__icon" />
      <div className="notice__body">
        <p>
          <strong>{t('keyFileHealth.title')}</strong>
        </p>
        {health.copies.map((copy) => (
          <div key={copy.file}>
            <p>{t(`keyFileHealth.${copy.state}`, { file: copy.file })}</p>
            {copy.damagedWraps.map((w, i) => (
              <p key={i}>
                {t('keyFileHealth.wrapOf', {
                  who: w.kind === 'recovery' ? t('keyFileHealth.recoveryWrap') : (w.username ?? t('keyFileHealth.unknownWrap')),
                })}
              </p>
            ))}
          </div>
        ))}
        {health.recoveryWrap === 'oneCopy' ? <p>{t('keyFileHealth.recoveryOneCopy')}</p> : null}
        {health.recoveryWrap === 'missing' ? <p>{t('keyFileHealth.recoveryMissing')}</p> : null}
        <p>{t('keyFileHealth.todo')}</p>
      </div>
    </div>
  );
}
