import { useTranslation } from 'react-i18next';
import { SBOM_PATH, type Sbom } from './aboutData';

/**
 * The SBOM of the shipped packages: its format and tool, one row per component, and the
 * document itself, selectable, for an IT department to copy into its own tools.
 */
export function SbomSection({ sbom }: { sbom: Sbom }) {
  const { t } = useTranslation();
  return (
    <section className="panel about-panel" aria-labelledby="about-sbom">
      <h2 id="about-sbom">{t('about.sbom.title')}</h2>
      <p>{t('about.sbom.intro')}</p>
      <dl className="about-sbom__facts">
        <div>
          <dt>{t('about.sbom.format')}</dt>
          <dd>{sbom.format}</dd>
        </div>
        <div>
          <dt>{t('about.sbom.components')}</dt>
          <dd>{sbom.components.length}</dd>
        </div>
        {sbom.tools ? (
          <div>
            <dt>{t('about.sbom.tool')}</dt>
            <dd>{sbom.tools}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('about.sbom.file')}</dt>
          <dd className="mono">{SBOM_PATH}</dd>
        </div>
      </dl>
      {/* Focusable so the scrolling table can be scrolled from the keyboard (axe: scrollable-region-focusable). */}
      <div className="table-wrap about-scroll" tabIndex={0} role="region" aria-label={t('about.sbom.caption')}>
        <table className="table table--compact">
          <caption className="visually-hidden">{t('about.sbom.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('about.sbom.name')}</th>
              <th scope="col">{t('about.sbom.version')}</th>
              <th scope="col">{t('about.sbom.licence')}</th>
            </tr>
          </thead>
          <tbody>
            {sbom.components.map((component) => (
              <tr key={`${component.name}@${component.version}`}>
                <th scope="row" className="mono">
                  {component.name}
                </th>
                <td className="mono">{component.version}</td>
                <td>{component.licence ?? <span className="muted">{t('about.licences.undeclared')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="about-disclosure">
        <summary>{t('about.sbom.showJson')}</summary>
        {/* Focusable so the long document can be scrolled and selected from the keyboard. */}
        <pre className="about-text" tabIndex={0} role="region" aria-label={t('about.sbom.json')}>
          {sbom.raw}
        </pre>
      </details>
    </section>
  );
}
