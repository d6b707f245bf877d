import { useTranslation } from 'react-i18next';
import type { Instrument, Language } from '../../../../assessments/instruments';
import { say } from '../localized';

/** A drawing protocol's pages: orientation, paper, tools, colours, the task and the inquiry. */
export function DetailPages({ def, language }: { def: Instrument; language: Language }) {
  const { t } = useTranslation();
  return (
    <section className="panel detail-section" aria-labelledby="detail-pages">
      <h2 id="detail-pages">{t('instruments.detail.pages')}</h2>
      <ol className="detail-pages">
        {def.pages.map((page) => (
          <li key={page.id} className="detail-page">
            <h3 lang={language}>{say(page.title, language)}</h3>
            <dl className="detail-facts">
              <dt>{t('instruments.detail.orientation')}</dt>
              <dd>
                {t(`instruments.orientation.${page.orientation}`)}, {t(`instruments.paper.${page.paper}`)}
              </dd>
              <dt>{t('instruments.detail.tools')}</dt>
              <dd>{page.tools.map((tool) => t(`instruments.tools.${tool}`)).join(', ')}</dd>
              {/* Issue 13 §5: what the client may take back on this page. */}
              <dt>{t('instruments.caveats.takeBack')}</dt>
              <dd>
                {page.actions.length === 0
                  ? t('instruments.caveats.takeBackNone')
                  : page.actions.map((action) => t(`drawing.tools.${action}`)).join(', ')}
              </dd>
              {page.phase ? (
                <>
                  <dt>{t('instruments.detail.phase')}</dt>
                  <dd>
                    {t(`instruments.phase.${page.phase}`)}
                    {page.optional ? `, ${t('instruments.page.optional')}` : ''}
                  </dd>
                </>
              ) : null}
              {page.palette ? (
                <>
                  <dt>{t('instruments.detail.colours', { count: page.palette.length })}</dt>
                  <dd>
                    <ul className="colour-list">
                      {page.palette.map((colour) => (
                        <li key={colour.id} className="colour-list__item">
                          {/* The colour is data from the definition; a class cannot hold it. */}
                          <span className="colour-list__chip" style={{ background: colour.hex }} aria-hidden="true" />
                          <span lang={language}>{say(colour.name, language)}</span>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
              <dt>{t('instruments.detail.task')}</dt>
              <dd lang={language}>{say(page.instruction, language)}</dd>
            </dl>
            {page.inquiry.length > 0 ? (
              <>
                <h4>{t('instruments.detail.inquiry')}</h4>
                <ol className="detail-list" lang={language}>
                  {page.inquiry.map((q) => (
                    <li key={q.id}>{say(q.text, language)}</li>
                  ))}
                </ol>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
