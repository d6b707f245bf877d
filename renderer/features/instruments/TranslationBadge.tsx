import { useTranslation } from 'react-i18next';
import { type Instrument, type Language, wordingStatus } from '../../../assessments/instruments';
import { type ContentStatus, say } from './localized';

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

/**
 * Issue 13 §1: before the questionnaire is handed over, the psychologist reads whether the client
 * will answer the published validated text or a working translation in the language chosen for them.
 */
export function WorkingTextNotice({ def, language }: { def: Instrument; language: Language }) {
  const { t } = useTranslation();
  if (def.kind !== 'questionnaire') return null;
  const lang = t(`instruments.wording.language.${language}`);
  if (wordingStatus(def, language) === 'validated') {
    return (
      <p className="notice notice--info" role="note" data-testid="wording-notice">
        {t('instruments.wording.validatedNotice', { language: lang })}
      </p>
    );
  }
  return (
    <p className="notice notice--warning" role="note" data-testid="wording-notice">
      {t('instruments.wording.workingNotice', { language: lang })}
    </p>
  );
}

/** Issue 13 §3: the copyright and licence of the instrument, wherever its text is shown. */
export function LicenceNotice({ def, language }: { def: Instrument; language: Language }) {
  return (
    <p className="licence-notice" data-testid="licence-notice">
      {def.copyright ? <strong className="licence-notice__copyright">{def.copyright} · </strong> : null}
      <span lang={language}>{say(def.licence.note, language)}</span>
    </p>
  );
}
