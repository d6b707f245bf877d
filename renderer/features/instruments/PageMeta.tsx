import { useTranslation } from 'react-i18next';
import type { Page } from '../../../assessments/instruments';

/** "A4 landscape · pencil, eraser": how a drawing page is set up, in the UI language. */
export function PageMeta({ page }: { page: Page }) {
  const { t } = useTranslation();
  const parts = [
    t(`instruments.orientation.${page.orientation}`),
    t(`instruments.paper.${page.paper}`),
    page.tools.map((tool) => t(`instruments.tools.${tool}`)).join(', '),
  ];
  if (page.optional) parts.push(t('instruments.page.optional'));
  return <p className="page-meta">{parts.join(' · ')}</p>;
}
