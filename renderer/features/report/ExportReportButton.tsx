import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { PdfExportButton } from './PdfExportButton';

/**
 * "PDF report" on a signed assessment: the backend builds the report from the stored record, so a draft is refused
 * (RECORD_NOT_SIGNED); by default in the screen's language.
 */
export function ExportReportButton({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <PdfExportButton
      texts="report"
      defaultLanguage={i18n.language as Language}
      errorMessages={{ RECORD_NOT_SIGNED: t('report.notSigned') }}
      exportPdf={(input) => call('assessments:exportPdf', { assessmentId, ...input })}
    />
  );
}
