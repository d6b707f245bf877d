import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instrument, Language } from '../../../assessments/instruments';
import { say } from './localized';

/**
 * The instrument's validity caveat and the findings of its sources (definition `caveats`), in the
 * psychologist's language, where decisions are made: the scoring step and the signed view
 * (issue 13 §6). Nothing for an instrument without caveats.
 */
export function InstrumentCaveats({ def }: { def: Instrument }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const headingId = useId();
  if (def.caveats.length === 0) return null;
  return (
    <aside className="notice notice--warning instrument-caveats" aria-labelledby={headingId}>
      <h2 id={headingId} className="instrument-caveats__title">
        {t('instruments.caveats.title')}
      </h2>
      <ul className="instrument-caveats__list">
        {def.caveats.map((caveat) => (
          <li key={caveat.en.text} lang={language}>
            {say(caveat, language)}
          </li>
        ))}
      </ul>
    </aside>
  );
}
