import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { FormError } from '../../components/FormError';
import { LanguageChoice } from '../../components/LanguageChoice';
import { PageTitle } from '../../components/Page';
import { useSignedIn, useVault } from '../vault/VaultContext';

/** Settings → Language: your own language, kept with your account and used from the next screen on. */
export function LanguagePage() {
  const { t } = useTranslation();
  const { account } = useSignedIn();
  const { applySignedIn } = useVault();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const change = async (language: Language) => {
    setBusy(true);
    setError(null);
    const result = await call('account:setLanguage', { language });
    setBusy(false);
    if (result.ok) applySignedIn(result.value);
    else setError(result.error);
  };

  return (
    <>
      <PageTitle>{t('languagePage.title')}</PageTitle>
      <p className="lead">{t('languagePage.intro')}</p>
      <FormError error={error} />
      <div className="panel">
        <LanguageChoice
          value={account.language}
          onChange={(language) => void change(language)}
          size="large"
          label={t('language.label')}
          isDisabled={busy}
        />
      </div>
    </>
  );
}
