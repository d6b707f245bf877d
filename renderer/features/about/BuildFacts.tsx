import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { formatDateTime } from '../../i18n/format';
import type { BuildInfo } from './aboutData';

/** The app's name, version, build date (in the person's language and time zone) and commit. */
export function BuildFacts({ build }: { build: BuildInfo }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <dl className="facts about-facts" aria-label={t('about.build.label')}>
      <div className="facts__row">
        <dt>{t('about.build.version')}</dt>
        <dd>
          {t('app.name')}{' '}
          <span className="mono" data-testid="about-version">
            {build.version}
          </span>
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t('about.build.date')}</dt>
        <dd>
          <time dateTime={build.builtAt}>{formatDateTime(language, new Date(build.builtAt))}</time>
        </dd>
      </div>
      <div className="facts__row">
        <dt>{t('about.build.commit')}</dt>
        <dd className="mono" data-testid="about-commit">
          {build.commit === 'unknown' ? t('about.build.commitUnknown') : build.commit}
        </dd>
      </div>
    </dl>
  );
}
