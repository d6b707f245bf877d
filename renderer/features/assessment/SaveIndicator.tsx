import { useTranslation } from 'react-i18next';
import type { AppError } from '../../api';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import type { SaveState } from './useAssessmentDraft';

/**
 * Where the draft stands: "Saved", "Saving…" (also while a change waits for the pause in typing),
 * or a failure with "Try again". A live region, so a screen reader hears a failure without
 * looking for it; the typed text stays on screen either way.
 */
export function SaveIndicator({ state, error, onRetry }: { state: SaveState; error: AppError | null; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div className={`save-indicator save-indicator--${state}`} role="status" data-testid="save-indicator">
      {state === 'failed' ? (
        <>
          <Icon name="alert" />
          <span>
            {error ? t('assessment.save.failedBecause', { reason: t(`errors.${error.code}`) }) : t('assessment.save.failed')}
          </span>
          <Button variant="quiet" className="button--small" onPress={onRetry}>
            {t('common.retry')}
          </Button>
        </>
      ) : state === 'saved' ? (
        <>
          <Icon name="check" />
          <span>{t('assessment.save.saved')}</span>
        </>
      ) : (
        <span>{t('assessment.save.saving')}</span>
      )}
    </div>
  );
}
