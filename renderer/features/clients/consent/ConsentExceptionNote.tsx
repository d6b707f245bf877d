import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentException } from '../../../../electron/contract/consentChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { call } from '../../../api';
import { Icon } from '../../../components/Icon';
import { formatDateTime } from '../../../i18n/format';

/**
 * On an assessment begun without a consent: the reason recorded then, by whom and when (issue 12,
 * item 4). The PDF prints the same line. Nothing is shown for an assessment begun on a consent.
 */
export function ConsentExceptionNote({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const [exception, setException] = useState<ConsentException | null>(null);
  useEffect(() => {
    let live = true;
    void call('consents:forAssessment', { assessmentId }).then((result) => {
      if (live && result.ok) setException(result.value);
    });
    return () => {
      live = false;
    };
  }, [assessmentId]);
  if (!exception) return null;
  const at = formatDateTime(i18n.language as Language, new Date(exception.recordedAt), 'minutes');
  return (
    <div className="notice notice--warning" data-testid="consent-exception">
      <Icon name="alert" className="notice__icon" />
      <div className="notice__body">
        <p>
          <strong>{t('consentGate.shownTitle')}</strong>: {exception.reason}
        </p>
        <p className="muted">{t('consentGate.shownBy', { name: exception.recordedByName, at })}</p>
      </div>
    </div>
  );
}
