import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { LanguageChoice } from '../../components/LanguageChoice';
import { applyLanguage } from '../../i18n';
import { useVault } from './VaultContext';

/** The language switcher of the sign-in and lock screens: remembered for the next start. */
export function SignedOutLanguage() {
  const { i18n } = useTranslation();
  const { refresh } = useVault();
  const change = async (language: Language) => {
    applyLanguage(language);
    const result = await call('vault:setLanguage', { language });
    if (result.ok) await refresh();
  };
  return <LanguageChoice value={i18n.language as Language} onChange={(l) => void change(l)} />;
}
