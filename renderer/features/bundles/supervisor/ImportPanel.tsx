import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, formatDateTime } from '../../../../common/format';
import { regionName } from '../../../../common/regionText';
import { periodLabel } from '../../../../common/trendsText';
import type { ImportJob, ImportPreview, ImportPreviewItem } from '../../../../electron/contract/supervisorChannels';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Choice';
import { FormError } from '../../../components/FormError';

type Props = { isAdmin: boolean; onImported: () => void };

const quartersText = (language: Language, q: readonly string[]) => q.map((k) => periodLabel(language, k)).join(', ');

/**
 * Importing bundles in two steps (issue 15 §3): the chosen files are opened and checked, and shown — each new
 * facility with its key's fingerprint, to compare with the one its admin reads out, a changed key with both — and
 * nothing is stored until the person confirms; then a progress bar while they are stored, and what became of each.
 */
export function ImportPanel({ isAdmin, onImported }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [trust, setTrust] = useState<ReadonlySet<string>>(new Set());
  const [accept, setAccept] = useState<ReadonlySet<string>>(new Set());
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    setError(null);
    setJob(null);
    setBusy(true);
    const r = await call('supervisor:previewImport', {});
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setPreview(r.value);
    setTrust(new Set());
    setAccept(new Set());
  };

  const cancel = async () => {
    if (preview) await call('supervisor:cancelImport', { previewId: preview.previewId });
    setPreview(null);
  };

  const start = async () => {
    if (!preview) return;
    setError(null);
    const r = await call('supervisor:startImport', {
      previewId: preview.previewId,
      trust: [...trust],
      acceptNewKey: [...accept],
    });
    if (!r.ok) return setError(r.error);
    setPreview(null);
    setJob({ id: r.value.jobId, phase: 'importing', done: 0, total: 0, fraction: 0, results: [], error: null });
  };

  // Follows the job as a backup's progress is followed: polled until it ends.
  useEffect(() => {
    if (!job || job.phase !== 'importing') return;
    const timer = window.setTimeout(() => {
      void call('supervisor:importJob', { jobId: job.id }).then((r) => {
        if (!r.ok) return setError(r.error);
        setJob(r.value);
        if (r.value.phase !== 'importing') onImported();
      });
    }, 150);
    return () => window.clearTimeout(timer);
  }, [job, onImported]);

  const toggle = (set: ReadonlySet<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };
  // One decision per facility, however many of its files were chosen.
  const decisions = preview
    ? [
        ...new Map(
          preview.items.filter((i) => i.state === 'new-facility' || i.state === 'key-changed').map((i) => [i.facilityId!, i]),
        ).values(),
      ]
    : [];

  return (
    <section className="panel" aria-labelledby="supervisor-import">
      <h2 id="supervisor-import">{t('supervisor.import.title')}</h2>
      <p>{t('supervisor.import.explain')}</p>
      <FormError error={error} />
      {!preview ? (
        <div className="form__actions">
          <Button variant="primary" isDisabled={busy || job?.phase === 'importing'} onPress={() => void choose()}>
            {t('supervisor.import.choose')}
          </Button>
        </div>
      ) : (
        <div data-testid="supervisor-preview">
          <h3>{t('supervisor.import.previewTitle', { count: preview.items.length })}</h3>
          <ul className="supervisor-files">
            {preview.items.map((item, i) => (
              <PreviewRow key={`${item.fileName}-${i}`} item={item} language={language} />
            ))}
          </ul>
          {decisions.length > 0 ? (
            <div className="supervisor-decisions">
              {decisions.map((item) =>
                item.state === 'new-facility' ? (
                  <Checkbox
                    key={item.facilityId}
                    isSelected={trust.has(item.facilityId!)}
                    onChange={(on) => setTrust(toggle(trust, item.facilityId!, on))}
                  >
                    {t('supervisor.import.trust', { name: item.facilityName, fingerprint: item.fingerprint })}
                  </Checkbox>
                ) : isAdmin ? (
                  <Checkbox
                    key={item.facilityId}
                    isSelected={accept.has(item.facilityId!)}
                    onChange={(on) => setAccept(toggle(accept, item.facilityId!, on))}
                  >
                    {t('supervisor.import.acceptKey', {
                      name: item.facilityName,
                      fingerprint: item.fingerprint,
                      previous: item.previousFingerprint,
                    })}
                  </Checkbox>
                ) : (
                  <p key={item.facilityId} className="notice notice--warning">
                    {t('supervisor.import.keyChangedAdminOnly', { name: item.facilityName })}
                  </p>
                ),
              )}
            </div>
          ) : null}
          <div className="form__actions">
            <Button variant="primary" onPress={() => void start()}>
              {t('supervisor.import.confirm')}
            </Button>
            <Button variant="quiet" onPress={() => void cancel()}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
      {job ? (
        <div className="backup-progress" role="status" data-testid="supervisor-import-progress" data-phase={job.phase}>
          {job.phase === 'importing' ? (
            <>
              <progress max={1} value={job.fraction} aria-label={t('supervisor.import.progress')} />
              <span>{t('supervisor.import.progressCount', { done: job.done, total: job.total })}</span>
            </>
          ) : null}
          {job.phase === 'failed' ? <p className="notice notice--error">{t(`errors.${job.error ?? 'INTERNAL'}`)}</p> : null}
          {job.results.length > 0 ? (
            <ul className="supervisor-files" data-testid="supervisor-import-results">
              {job.results.map((r, i) => (
                <li key={`${r.fileName}-${i}`} className={`supervisor-file supervisor-file--${r.outcome}`}>
                  <span className="supervisor-file__name mono">{r.fileName}</span>
                  <span>
                    {r.facilityName ? `${r.facilityName}: ` : ''}
                    {r.refusal ? t(`supervisor.refusals.${r.refusal}`) : t(`supervisor.outcomes.${r.outcome}`)}
                    {r.quarters.length ? ` (${quartersText(language, r.quarters)})` : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function PreviewRow({ item, language }: { item: ImportPreviewItem; language: Language }) {
  const { t } = useTranslation();
  return (
    <li className={`supervisor-file supervisor-file--${item.state}`}>
      <span className="supervisor-file__name mono">{item.fileName}</span>
      {item.facilityName ? (
        <span>
          <strong>{item.facilityName}</strong>
          {item.region ? `, ${regionName(item.region, language)}` : ''} · {quartersText(language, item.quarters)} ·{' '}
          {t('supervisor.import.sequence', { sequence: item.sequence })}
          {item.createdAt ? ` · ${formatDateTime(language, new Date(item.createdAt), 'minutes')}` : ''}
        </span>
      ) : null}
      {item.fingerprint ? (
        <span>
          {t('supervisor.key.fingerprint')} <code className="mono">{item.fingerprint}</code>
          {item.previousFingerprint ? (
            <>
              {' '}
              {t('supervisor.import.previously')} <code className="mono">{item.previousFingerprint}</code>
            </>
          ) : null}
        </span>
      ) : null}
      <span className="supervisor-file__state">
        {item.refusal ? t(`supervisor.refusals.${item.refusal}`) : t(`supervisor.states.${item.state}`)}
      </span>
    </li>
  );
}
