import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../electron/contract/backupChannels';
import { call } from '../../api';
import { Button } from '../../components/Button';

/**
 * For admins, once per sign-in: a failed automatic backup (until acknowledged), or backups that stopped: the
 * last verified one is more than 7 days old (issue 16, "Status"). Links to Settings → Backups.
 */
export function BackupNotice({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    void call('backup:status', {}).then((r) => r.ok && setStatus(r.value));
  }, []);
  // A vault never backed up is told so on the Backups page; the shell warns once backups exist and lapse.
  const lapsed = status?.overdue && status.lastVerified !== null;
  if (!status || dismissed || (!status.unseenFailure && !lapsed)) return null;
  const dismiss = () => {
    setDismissed(true);
    if (status.unseenFailure) void call('backup:failureSeen', {});
  };
  return (
    <div
      className={`notice ${status.unseenFailure ? 'notice--error' : 'notice--warning'}`}
      role="status"
      data-testid="backup-notice"
    >
      <div className="notice__body">
        <p>{status.unseenFailure ? t('backup.notice.failed') : t('backup.overdue')}</p>
        <div className="backup-actions">
          <Button
            onPress={() => {
              dismiss();
              onOpen();
            }}
          >
            {t('backup.notice.open')}
          </Button>
          <Button variant="quiet" onPress={dismiss}>
            {t('backup.notice.dismiss')}
          </Button>
        </div>
      </div>
    </div>
  );
}
