import { useTranslation } from 'react-i18next';
import './areaLoading.css';

/**
 * What shows while a part of the app loads on first use (usually a few milliseconds from disk):
 * a polite status, announced once; its text appears only if the wait is long enough to notice, so a
 * fast load does not flash it (areaLoading.css).
 */
export function AreaLoading({ fill = false }: { fill?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className={fill ? 'area-loading area-loading--fill' : 'area-loading'} role="status" aria-busy="true">
      <span className="area-loading__text">{t('common.loading')}</span>
    </p>
  );
}
