import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/Page';
import { type AboutData, loadAboutData } from './aboutData';
import { BuildFacts } from './BuildFacts';
import { InstrumentLicences } from './InstrumentLicences';
import { LicenceList } from './LicenceList';
import { SbomSection } from './SbomSection';
import './about.css';

type Loaded = { status: 'loading' } | { status: 'ready'; data: AboutData } | { status: 'failed' };

/**
 * Settings → About Kenes: what an institution's IT department asks for — the version, build date
 * and commit, the licences of the instruments, the SBOM of the shipped packages and their licence
 * texts. Open to everyone signed in: none of it is about a client.
 */
export function AboutPage() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    loadAboutData().then(
      (data) => live && setLoaded({ status: 'ready', data }),
      () => live && setLoaded({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      <PageTitle>{t('about.title')}</PageTitle>
      <p className="lead">{t('about.intro')}</p>
      {loaded.status === 'loading' ? <p className="muted">{t('about.loading')}</p> : null}
      {loaded.status === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {t('about.failed')}
        </p>
      ) : null}
      {loaded.status === 'ready' ? <BuildFacts build={loaded.data.build} /> : null}
      <InstrumentLicences />
      {loaded.status === 'ready' ? (
        <>
          <SbomSection sbom={loaded.data.sbom} />
          <LicenceList packages={loaded.data.licences} />
        </>
      ) : null}
    </>
  );
}
