import { useTranslation } from 'react-i18next';
import { type Instrument, type Language, LANGUAGES } from '../../../../assessments/instruments';
import { say } from '../localized';

/** Sources as cited in the definition, the licence in the chosen language, and the copyright notice. */
export function DetailSources({ def, language }: { def: Instrument; language: Language }) {
  const { t } = useTranslation();
  return (
    <section className="panel detail-section" aria-labelledby="detail-sources">
      <h2 id="detail-sources">{t('instruments.detail.sources')}</h2>
      <ol className="detail-sources">
        {def.sources.map((source) => (
          <li key={source.citation}>
            <span lang="en">{source.citation}</span>
            {/* Offline: the address is shown to be copied, never opened. */}
            {source.url ? <span className="detail-sources__url mono">{source.url}</span> : null}
            {source.note ? (
              <span className="detail-sources__note" lang="en">
                {source.note}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <h3>{t('instruments.detail.wordingSources')}</h3>
      <dl className="detail-wording">
        {LANGUAGES.map((l) => (
          <div key={l}>
            <dt>
              {t(`languages.${l}`)}: {t(`instruments.wording.status.${def.wordingSources[l].status}`)}
            </dt>
            <dd lang="en">{def.wordingSources[l].citation}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('instruments.detail.licence')}</h3>
      <p>
        <strong>{t(`instruments.licence.${def.licence.kind}`)}.</strong>{' '}
        <span lang={language}>{say(def.licence.note, language)}</span>
      </p>
      {def.copyright ? <p className="detail-copyright">{def.copyright}</p> : null}
    </section>
  );
}
