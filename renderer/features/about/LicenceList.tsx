import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LicencePackage } from './aboutData';

/** One package: its licence in the summary, its licence texts read only when opened. */
function LicenceItem({ pkg }: { pkg: LicencePackage }) {
  const { t } = useTranslation();
  // Texts are rendered only once opened: dozens of full licence texts would slow the page for nothing.
  const [open, setOpen] = useState(false);
  return (
    <li>
      <details className="about-licence" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="mono about-licence__name">{pkg.name}</span> <span className="mono muted">{pkg.version}</span>
          <span className="about-licence__id">{pkg.licence ?? t('about.licences.undeclared')}</span>
        </summary>
        {open ? (
          pkg.texts.length === 0 ? (
            <p className="about-licence__missing">
              {t('about.licences.noText', { licence: pkg.licence ?? t('about.licences.undeclared') })}
            </p>
          ) : (
            pkg.texts.map((text) => (
              <div key={text.file} className="about-licence__text">
                <h4 className="mono">{text.file}</h4>
                <pre
                  className="about-text"
                  tabIndex={0}
                  role="region"
                  aria-label={t('about.licences.textOf', { name: pkg.name, file: text.file })}
                  lang="en"
                >
                  {text.text}
                </pre>
              </div>
            ))
          )
        ) : null}
      </details>
    </li>
  );
}

/** The third-party licence list: every shipped package, with the licence texts it carries. */
export function LicenceList({ packages }: { packages: LicencePackage[] }) {
  const { t } = useTranslation();
  const withoutText = packages.filter((pkg) => pkg.texts.length === 0).length;
  return (
    <section className="panel about-panel" aria-labelledby="about-licences">
      <h2 id="about-licences">{t('about.licences.title')}</h2>
      <p>{t('about.licences.intro', { count: packages.length })}</p>
      {withoutText > 0 ? <p className="muted">{t('about.licences.someWithoutText', { count: withoutText })}</p> : null}
      <ul className="about-licences">
        {packages.map((pkg) => (
          <LicenceItem key={`${pkg.name}@${pkg.version}`} pkg={pkg} />
        ))}
      </ul>
    </section>
  );
}
