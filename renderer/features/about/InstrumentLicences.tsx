import { useTranslation } from 'react-i18next';
import { INSTRUMENTS } from '../../../assessments/instruments';
import type { Language } from '../../../electron/contract/schemas';
import { say } from '../instruments/localized';
import { NameText } from '../instruments/NameText';

/**
 * Every instrument the app carries, with its licence in the person's language, its copyright
 * notice and the sources it is cited from — the same texts as the catalogue's detail page.
 */
export function InstrumentLicences() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <section className="panel about-panel" aria-labelledby="about-instruments">
      <h2 id="about-instruments">{t('about.instruments.title')}</h2>
      <p>{t('about.instruments.intro')}</p>
      <div className="table-wrap">
        <table className="table table--compact about-instruments">
          <caption className="visually-hidden">{t('about.instruments.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('about.instruments.instrument')}</th>
              <th scope="col">{t('about.instruments.licence')}</th>
              <th scope="col">{t('about.instruments.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {INSTRUMENTS.map((def) => (
              <tr key={def.id}>
                <th scope="row">
                  <span className="about-instruments__code">{def.code}</span>
                  <span className="about-instruments__name" lang={language}>
                    <NameText text={say(def.name, language)} />
                  </span>
                </th>
                <td>
                  <strong>{t(`instruments.licence.${def.licence.kind}`)}.</strong>{' '}
                  <span lang={language}>{say(def.licence.note, language)}</span>
                  {def.copyright ? <span className="about-instruments__copyright">{def.copyright}</span> : null}
                </td>
                <td>
                  <ul className="about-instruments__sources">
                    {def.sources.map((source) => (
                      <li key={source.citation} lang="en">
                        {source.citation}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
