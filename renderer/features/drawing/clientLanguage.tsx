import { type ReactNode, createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';

/**
 * The language of what the client reads in client mode (instruction, tools, "Finished"), which
 * the psychologist chooses before starting and which may differ from their own UI language.
 * Outside a provider, drawing components speak the UI language.
 */
const ClientLanguageContext = createContext<Language | null>(null);

export function ClientLanguage({ language, children }: { language: Language; children: ReactNode }) {
  return <ClientLanguageContext.Provider value={language}>{children}</ClientLanguageContext.Provider>;
}

/** `t` in the client's language when inside client mode, else in the UI language. */
export function useClientT() {
  const language = useContext(ClientLanguageContext);
  const { t, i18n } = useTranslation(undefined, language ? { lng: language } : undefined);
  return { t, language: (language ?? i18n.language) as Language };
}
