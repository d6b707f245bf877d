import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/contract/schemas';
import { numberText } from '../model/numbers';

/** The dashboards' number formats in the UI language. */
export function useNumberText() {
  const { i18n } = useTranslation();
  return numberText(i18n.language as Language);
}
