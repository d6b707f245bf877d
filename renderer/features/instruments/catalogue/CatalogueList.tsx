import { useTranslation } from 'react-i18next';
import { INSTRUMENTS, LANGUAGES, type Language } from '../../../../assessments/instruments';
import { PageTitle } from '../../../components/Page';
import { TextField } from '../../../components/TextField';
import { contentStatus, say } from '../localized';
import { TranslationBadge } from '../TranslationBadge';
import { searchInstruments } from './search';

type Props = { query: string; onQuery(query: string): void; language: Language; onOpen(id: string): void };

/** Every instrument in the app, with a search over names in kk, ru and en, codes and ids. */
export function CatalogueList({ query, onQuery, language, onOpen }: Props) {
  const { t } = useTranslation();
  const found = searchInstruments(query);
  return (
    <>
      <PageTitle>{t('instruments.catalogue.title')}</PageTitle>
      <p className="lead">{t('instruments.catalogue.intro')}</p>
      <div className="catalogue-search">
        <TextField
          label={t('instruments.catalogue.search')}
          description={t('instruments.catalogue.searchHelp')}
          value={query}
          onChange={onQuery}
          type="search"
        />
        <p role="status" className="catalogue-search__count">
          {t('instruments.catalogue.shown', { shown: found.length, total: INSTRUMENTS.length })}
        </p>
      </div>
      {found.length === 0 ? (
        <p className="empty">{t('instruments.catalogue.noMatch', { query })}</p>
      ) : (
        <div className="table-wrap">
          <table className="table catalogue-table">
            <caption className="visually-hidden">{t('instruments.catalogue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('instruments.catalogue.name')}</th>
                <th scope="col">{t('instruments.catalogue.kind')}</th>
                <th scope="col">{t('instruments.catalogue.version')}</th>
                <th scope="col">{t('instruments.catalogue.languages')}</th>
              </tr>
            </thead>
            <tbody>
              {found.map((def) => (
                <tr key={def.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onOpen(def.id)}>
                      <span lang={language}>{say(def.name, language)}</span>
                    </button>
                    <span className="catalogue-table__code">{def.code}</span>
                  </th>
                  <td>{t(`instruments.kind.${def.kind}`)}</td>
                  <td className="nowrap">{def.version}</td>
                  <td>
                    <ul className="lang-status">
                      {LANGUAGES.map((l) => (
                        <li key={l}>
                          <span className="lang-status__name" lang={l}>
                            {t(`languages.${l}`)}
                          </span>
                          <TranslationBadge status={contentStatus(def, l)} compact />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
