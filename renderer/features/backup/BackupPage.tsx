import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupJobView, BackupStatus } from '../../../electron/contract/backupChannels';
import type { ChannelOutput } from '../../../electron/contract/channels';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Choice';
import { FormError } from '../../components/FormError';
import { NumberField } from '../../components/NumberField';
import { PageTitle } from '../../components/Page';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useVault } from '../vault/VaultContext';
import { BackupFacts } from './backupFacts';
import { RestoreFlow } from './RestoreFlow';
import './backup.css';

type Verified = NonNullable<ChannelOutput<'backup:verify'>>;

/**
 * Settings → Backups (admins, issue 16): the status (last verified backup, last failure, folder, a warning after
 * 7 days), "Back up now" with a progress bar (the backup runs in the background; the page keeps answering),
 * automatic backups and how many to keep, "Verify a backup", and restore.
 */
export function BackupPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { refresh } = useVault();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [job, setJob] = useState<BackupJobView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [verified, setVerified] = useState<Verified | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [restoring, setRestoring] = useState(false);

  const load = useCallback(async () => {
    const result = await call('backup:status', {});
    if (result.ok) setStatus(result.value);
    else setError(result.error);
  }, []);
  useEffect(() => {
    void call('backup:status', {}).then((result) => (result.ok ? setStatus(result.value) : setError(result.error)));
  }, []);

  // Follows the running backup every 250 ms; the backend answers other calls meanwhile.
  const jobId = job && job.phase !== 'done' && job.phase !== 'failed' ? job.id : (status?.runningJobId ?? null);
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    const tick = async () => {
      const result = await call('backup:job', { jobId });
      if (stopped) return;
      if (result.ok) {
        setJob(result.value);
        if (result.value.phase === 'done' || result.value.phase === 'failed') return void load();
      }
      setTimeout(() => void tick(), 250);
    };
    void tick();
    return () => {
      stopped = true;
    };
  }, [jobId, load]);

  const start = async (destination: 'configured' | 'choose') => {
    setError(null);
    setVerified(null);
    const result = await call('backup:run', { destination });
    if (!result.ok) return setError(result.error);
    const id = result.value.jobId;
    if (id) setJob({ id, automatic: false, phase: 'copying', fraction: 0, fileName: null, bytes: null, error: null });
  };

  const chooseFolder = async () => {
    setError(null);
    const result = await call('backup:chooseFolder', {});
    if (result.ok) setStatus(result.value);
    else setError(result.error);
  };

  const configure = async (change: Partial<Pick<BackupStatus, 'automatic' | 'keepDaily' | 'keepWeekly'>>) => {
    if (!status) return;
    const next = { automatic: status.automatic, keepDaily: status.keepDaily, keepWeekly: status.keepWeekly, ...change };
    const result = await call('backup:configure', next);
    if (result.ok) setStatus(result.value);
    else setError(result.error);
  };

  const verify = async () => {
    setError(null);
    setVerified(null);
    setVerifying(true);
    const result = await call('backup:verify', {});
    setVerifying(false);
    if (!result.ok) return setError(result.error);
    setVerified(result.value);
  };

  if (restoring) {
    return (
      <>
        <PageTitle>{t('backup.title')}</PageTitle>
        <RestoreFlow onCancel={() => setRestoring(false)} onRestored={() => void refresh()} />
      </>
    );
  }

  const running = job !== null && job.phase !== 'done' && job.phase !== 'failed';
  return (
    <>
      <PageTitle>{t('backup.title')}</PageTitle>
      <p>{t('backup.explain')}</p>
      <FormError error={error} />
      <section className="panel" aria-labelledby="backup-status">
        <h2 id="backup-status">{t('backup.statusTitle')}</h2>
        {status?.overdue ? (
          <p className="notice notice--warning" data-testid="backup-overdue">
            {status.lastVerified ? t('backup.overdue') : t('backup.never')}
          </p>
        ) : null}
        <dl className="facts backup-facts">
          <div className="facts__row">
            <dt>{t('backup.lastVerified')}</dt>
            <dd data-testid="backup-last-verified">
              {status?.lastVerified ? formatDateTime(language, new Date(status.lastVerified.at), 'minutes') : t('backup.none')}
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t('backup.lastFailure')}</dt>
            <dd>
              {status?.lastFailure
                ? `${formatDateTime(language, new Date(status.lastFailure.at), 'minutes')} — ${t(
                    `errors.${status.lastFailure.reason}`,
                    {
                      defaultValue: t('errors.BACKUP_FAILED'),
                    },
                  )}`
                : t('backup.none')}
            </dd>
          </div>
        </dl>
        <h3>{t('backup.folder')}</h3>
        <p className="mono backup-folder" data-testid="backup-folder">
          {status?.folder ?? t('backup.noFolder')}
        </p>
        <div className="backup-actions">
          <Button onPress={() => void chooseFolder()}>{t('backup.chooseFolder')}</Button>
        </div>
      </section>

      <section className="panel" aria-labelledby="backup-now">
        <h2 id="backup-now">{t('backup.nowTitle')}</h2>
        <div className="backup-actions">
          <Button variant="primary" isDisabled={running || !status?.folder} onPress={() => void start('configured')}>
            {t('backup.now')}
          </Button>
          <Button isDisabled={running} onPress={() => void start('choose')}>
            {t('backup.nowElsewhere')}
          </Button>
        </div>
        {job ? (
          <div className="backup-progress" role="status" data-testid="backup-progress" data-phase={job.phase}>
            {running ? (
              <>
                <progress max={1} value={job.fraction} aria-label={t(`backup.phase.${job.phase}`)} />
                <span>{t(`backup.phase.${job.phase}`)}</span>
              </>
            ) : null}
            {job.phase === 'done' ? (
              <p className="notice notice--success">
                {t('backup.doneMessage', {
                  file: job.fileName ?? '',
                  size: formatNumber(language, (job.bytes ?? 0) / 1_048_576, { digits: 1 }),
                })}
              </p>
            ) : null}
            {job.phase === 'failed' ? (
              <p className="notice notice--error">
                {t(`errors.${job.error ?? 'BACKUP_FAILED'}`, { defaultValue: t('errors.BACKUP_FAILED') })}
              </p>
            ) : null}
          </div>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="backup-auto">
        <h2 id="backup-auto">{t('backup.autoTitle')}</h2>
        <p>{t('backup.autoExplain')}</p>
        {status ? (
          <div className="form">
            <Checkbox isSelected={status.automatic} onChange={(automatic) => void configure({ automatic })}>
              {t('backup.autoOn')}
            </Checkbox>
            <NumberField
              label={t('backup.keepDaily')}
              minValue={1}
              maxValue={60}
              step={1}
              value={status.keepDaily}
              onChange={(keepDaily) => Number.isInteger(keepDaily) && void configure({ keepDaily })}
            />
            <NumberField
              label={t('backup.keepWeekly')}
              minValue={0}
              maxValue={52}
              step={1}
              value={status.keepWeekly}
              onChange={(keepWeekly) => Number.isInteger(keepWeekly) && void configure({ keepWeekly })}
            />
          </div>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="backup-verify">
        <h2 id="backup-verify">{t('backup.verifyTitle')}</h2>
        <p>{t('backup.verifyExplain')}</p>
        <div className="backup-actions">
          <Button isPending={verifying} onPress={() => void verify()}>
            {t('backup.verify')}
          </Button>
        </div>
        {verified ? (
          <div role="status">
            <p className="notice notice--success">{t('backup.verified', { file: verified.fileName })}</p>
            <BackupFacts createdAt={verified.createdAt} counts={verified.counts} schemaVersion={verified.schemaVersion} />
          </div>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="backup-restore">
        <h2 id="backup-restore">{t('backup.restore.title')}</h2>
        <p>{t('backup.restore.settingsExplain')}</p>
        <div className="backup-actions">
          <Button onPress={() => setRestoring(true)}>{t('backup.restore.start')}</Button>
        </div>
      </section>
    </>
  );
}
