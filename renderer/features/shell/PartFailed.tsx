import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { PartLoadError } from './lazyNamed';

/**
 * What shows in place of a part of the app that failed to render or to load (ErrorBoundary.tsx):
 * what happened, that saved records are not affected, and a way to try again. Focus moves to it,
 * so a keyboard user is not left on an element that disappeared.
 *
 * Trying again renders the part again; a part whose file could not be loaded needs the window
 * reloaded (the browser remembers the failed load), which keeps the session: the backend holds it.
 */
export function PartFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="notice notice--error part-failed" role="alert">
      <Icon name="alert" className="notice__icon" />
      <div className="notice__body">
        <h2 className="part-failed__title" ref={heading} tabIndex={-1}>
          {t('common.partFailed.title')}
        </h2>
        <p>{t('common.partFailed.body')}</p>
        <Button variant="primary" onPress={error instanceof PartLoadError ? () => window.location.reload() : onRetry}>
          {t('common.retry')}
        </Button>
      </div>
    </div>
  );
}
