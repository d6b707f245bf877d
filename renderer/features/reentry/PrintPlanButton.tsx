import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { flushPendingSaves } from '../../hooks/pendingSaves';
import { PdfExportButton } from '../report/PdfExportButton';

/** A flush that does not answer must not keep the dialog waiting longer than this. */
const FLUSH_BOUND_MS = 3000;

/**
 * "Print for the client": the plan as a one-page PDF in the client's language (chosen by default; the page is
 * theirs). What was just typed is sent first, so the page says what the screen says.
 */
export function PrintPlanButton({ clientId, clientLanguage }: { clientId: string; clientLanguage: Language | null }) {
  const { i18n } = useTranslation();
  return (
    <PdfExportButton
      texts="reentry.print"
      defaultLanguage={clientLanguage ?? (i18n.language as Language)}
      exportPdf={async (input) => {
        await flushPendingSaves(FLUSH_BOUND_MS);
        return call('reentry:exportPdf', { clientId, ...input });
      }}
    />
  );
}
