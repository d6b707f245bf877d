import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../i18n/format';
import type { DraftState } from './useClientFormDraft';

/** Says that the form holds an unsaved draft put back from before, with a way to start over. */
export function DraftNotice({ draft }: { draft: DraftState }) {
  const { t, i18n } = useTranslation();
  if (draft.restoredAt === null) return null;
  const at = formatDateTime(i18n.language as Language, new Date(draft.restoredAt), 'minutes');
  return (
    <div className="notice notice--info" role="status" data-testid="draft-notice">
      <Icon name="info" className="notice__icon" />
      <div className="notice__body">
        <p>{t('clients.draft.restored', { at })}</p>
        <Button variant="quiet" className="button--small" onPress={() => void draft.discard()}>
          {t('clients.draft.discard')}
        </Button>
      </div>
    </div>
  );
}
