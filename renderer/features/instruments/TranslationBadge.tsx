import { useTranslation } from 'react-i18next';
import type { ContentStatus } from './localized';

/**
 * Says when an instrument's text in the shown language is not the validated one (docs/INSTRUMENTS.md:
 * working translations are shown to the psychologist as "not validated").
 */
export function TranslationBadge({ status, compact = false }: { status: ContentStatus; compact?: boolean }) {
  const { t } = useTranslation();
  if (compact) {
    return <span className={`translation translation--${status}`}>{t(`instruments.translation.${status}Short`)}</span>;
  }
  return (
    <p className="translation-badge" role="note">
      <span className={`translation translation--${status}`}>{t(`instruments.translation.${status}`)}</span>
      <span className="translation-badge__explain">{t(`instruments.translation.${status}Explain`)}</span>
    </p>
  );
}
