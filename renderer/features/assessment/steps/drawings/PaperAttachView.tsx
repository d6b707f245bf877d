import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../api';
import { FormError } from '../../../../components/FormError';
import { PaperImportForm } from '../../../drawing/paper/PaperImportForm';

type Props = { pageTitle: string | null; error: AppError | null; onCancel(): void; onImported(drawingId: string): void };

/** A scan of a page drawn on paper, attached instead of a drawing in client mode. */
export function PaperAttachView({ pageTitle, error, onCancel, onImported }: Props) {
  const { t } = useTranslation();
  return (
    <div className="workflow-subview">
      <p className="lead">{pageTitle !== null ? t('assessment.drawings.paperFor', { page: pageTitle }) : null}</p>
      <FormError error={error} />
      <PaperImportForm onCancel={onCancel} onImported={onImported} />
    </div>
  );
}
