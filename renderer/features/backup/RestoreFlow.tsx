import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../electron/contract/channels';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { PasswordField } from '../../components/PasswordField';
import { TextField } from '../../components/TextField';
import { BackupFacts } from './backupFacts';
import './backup.css';

type Summary = NonNullable<ChannelOutput<'restore:open'>>;
type Preview = ChannelOutput<'restore:unlock'>;

/**
 * Restore from a backup (issue 16, section 2): choose the file, unlock it with a password valid then or the
 * recovery key, see what it holds, confirm. Nothing changes before the confirmation; afterwards the screen says
 * where the previous files went and how to switch back. Used by the first-run screen, the damaged-vault screen
 * and Settings → Backups.
 */
export function RestoreFlow({ onCancel, onRestored }: { onCancel: () => void; onRestored: () => void }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [movedAside, setMovedAside] = useState<string | null | undefined>(undefined);
  const [useRecoveryKey, setUseRecoveryKey] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const choose = () =>
    run(async () => {
      const result = await call('restore:open', {});
      if (!result.ok) return setError(result.error);
      if (result.value) {
        setSummary(result.value);
        setPreview(null);
      }
    });

  const unlock = () =>
    run(async () => {
      if (!summary) return;
      const input = useRecoveryKey ? { token: summary.token, recoveryKey } : { token: summary.token, username, password };
      const result = await call('restore:unlock', input);
      setPassword('');
      if (!result.ok) return setError(result.error);
      setPreview(result.value);
    });

  const apply = () =>
    run(async () => {
      if (!summary) return;
      const result = await call('restore:apply', { token: summary.token });
      if (!result.ok) return setError(result.error);
      setMovedAside(result.value.movedAsideTo);
    });

  const cancel = () => {
    void call('restore:cancel', {});
    onCancel();
  };

  if (movedAside !== undefined) {
    return (
      <section className="restore-flow" aria-labelledby="restore-title" data-testid="restore-done">
        <h2 id="restore-title">{t('backup.restore.doneTitle')}</h2>
        <p className="notice notice--success" role="status">
          {t('backup.restore.done')}
        </p>
        {movedAside ? (
          <>
            <p>{t('backup.restore.movedAside')}</p>
            <p className="mono backup-folder" data-testid="moved-aside">
              {movedAside}
            </p>
            <p className="muted">{t('backup.restore.switchBack')}</p>
          </>
        ) : null}
        <div className="backup-actions">
          <Button variant="primary" onPress={onRestored}>
            {t('backup.restore.toSignIn')}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <section className="restore-flow" aria-labelledby="restore-title" data-testid="restore-flow">
      <h2 id="restore-title">{t('backup.restore.title')}</h2>
      <p>{t('backup.restore.explain')}</p>
      <FormError error={error} />
      {!summary ? (
        <div className="backup-actions">
          <Button variant="primary" isPending={busy} onPress={() => void choose()}>
            {t('backup.restore.chooseFile')}
          </Button>
          <Button variant="quiet" onPress={cancel}>
            {t('backup.restore.cancel')}
          </Button>
        </div>
      ) : null}
      {summary && !preview ? (
        <>
          <p>
            {t('backup.restore.chosen')} <span className="mono">{summary.fileName}</span>
          </p>
          <Form
            className="form"
            validationBehavior="aria"
            onSubmit={(e) => {
              e.preventDefault();
              void unlock();
            }}
          >
            <p>{useRecoveryKey ? t('backup.restore.askRecoveryKey') : t('backup.restore.askPassword')}</p>
            {useRecoveryKey ? (
              <TextField
                label={t('backup.restore.recoveryKey')}
                value={recoveryKey}
                onChange={setRecoveryKey}
                isRequired
                multiline
              />
            ) : (
              <>
                <TextField
                  label={t('backup.restore.username')}
                  value={username}
                  onChange={setUsername}
                  isRequired
                  autoComplete="off"
                />
                <PasswordField label={t('backup.restore.password')} value={password} onChange={setPassword} isRequired />
              </>
            )}
            <div className="backup-actions">
              <Button type="submit" variant="primary" isPending={busy}>
                {t('backup.restore.unlock')}
              </Button>
              <Button variant="quiet" onPress={() => setUseRecoveryKey(!useRecoveryKey)}>
                {useRecoveryKey ? t('backup.restore.usePassword') : t('backup.restore.useRecoveryKey')}
              </Button>
              <Button variant="quiet" onPress={cancel}>
                {t('backup.restore.cancel')}
              </Button>
            </div>
          </Form>
        </>
      ) : null}
      {summary && preview ? (
        <>
          <p>{t('backup.restore.previewIntro')}</p>
          <BackupFacts
            createdAt={preview.createdAt}
            facilityName={preview.facilityName}
            counts={preview.counts}
            schemaVersion={preview.schemaVersion}
            currentSchemaVersion={preview.currentSchemaVersion}
          />
          <p className="notice notice--warning">{t('backup.restore.warning')}</p>
          <div className="backup-actions">
            <Button variant="primary" isPending={busy} onPress={() => void apply()}>
              {t('backup.restore.confirm')}
            </Button>
            <Button variant="quiet" onPress={cancel}>
              {t('backup.restore.cancel')}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
