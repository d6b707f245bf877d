import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALE_TAGS } from '../../common/format';
import type { Language } from '../../electron/contract/schemas';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

/** Locales for dates and numbers (kk-KZ, ru-KZ, en-GB): the same table the PDF report's common/format.ts uses. */
export const LOCALES: Readonly<Record<Language, string>> = LOCALE_TAGS;

export const resources = { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } } as const;

/**
 * All three languages are bundled: the app never fetches anything. Missing keys are a test
 * failure (tests/unit/i18n.test.ts), not a runtime fallback, so no fallback language is set.
 */
void i18next.use(initReactI18next).init({
  resources,
  lng: 'kk',
  fallbackLng: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.name');
}
reflectLanguage(i18next.language);
i18next.on('languageChanged', reflectLanguage);

/** Switches the UI language if it differs; the html lang attribute and title follow. */
export function applyLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
}

export const currentLanguage = (): Language => i18next.language as Language;

export default i18next;
