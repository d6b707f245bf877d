import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleStatus } from '../../../../electron/contract/bundleChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { periodLabel } from '../../../../common/trendsText';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { Select } from '../../../components/Select';

type Outcome = { kind: 'saved'; fileName: string; sequence: number } | { kind: 'cancelled' };

/**
 * Export: the quarters from…to (by default the last complete quarter), then the system's save dialog. The button is
 * offered only when the region and the supervisor's key are set, and says why otherwise.
 */
export function ExportPanel({ status, onExported }: { status: BundleStatus; onExported: (sequence: number) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const quarters = status.quarters;
  const lastComplete = quarters.at(-2) ?? quarters.at(-1) ?? '';
  const [from, setFrom] = useState(lastComplete);
  const [to, setTo] = useState(lastComplete);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const ready = status.region !== null && status.supervisor !== null;
  const options = quarters.map((id) => ({ id, label: periodLabel(language, id) })).reverse();

  const run = async () => {
    setError(null);
    setOutcome(null);
    setBusy(true);
    const r = await call('bundles:export', { from, to });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    if (r.value.saved && r.value.sequence !== null) {
      setOutcome({ kind: 'saved', fileName: r.value.fileName, sequence: r.value.sequence });
      onExported(r.value.sequence);
    } else setOutcome({ kind: 'cancelled' });
  };

  return (
    <section className="panel" aria-labelledby="bundles-export">
      <h2 id="bundles-export">{t('bundles.exportTitle')}</h2>
      <p>{t('bundles.exportExplain')}</p>
      {!ready ? (
        <p className="notice notice--warning" data-testid="bundles-not-ready">
          {status.region === null ? t('bundles.needRegion') : t('bundles.needKey')}
        </p>
      ) : null}
      <div className="bundles-quarters">
        <Select<string>
          label={t('bundles.from')}
          value={from}
          options={options}
          onChange={(q) => {
            setFrom(q);
            if (q > to) setTo(q);
          }}
        />
        <Select<string>
          label={t('bundles.to')}
          value={to}
          options={options}
          onChange={(q) => {
            setTo(q);
            if (q < from) setFrom(q);
          }}
        />
      </div>
      <p className="field__hint">
        {status.lastSequence > 0 ? t('bundles.lastSequence', { sequence: status.lastSequence }) : t('bundles.noneYet')}
      </p>
      <FormError error={error} />
      <div className="bundles-actions">
        <Button variant="primary" isDisabled={!ready || !from || !to} isPending={busy} onPress={() => void run()}>
          {t('bundles.export')}
        </Button>
      </div>
      <div role="status" data-testid="bundles-outcome">
        {busy ? <p>{t('bundles.exporting')}</p> : null}
        {outcome?.kind === 'saved' ? (
          <p className="notice notice--success">{t('bundles.saved', { file: outcome.fileName, sequence: outcome.sequence })}</p>
        ) : null}
        {outcome?.kind === 'cancelled' ? <p>{t('bundles.cancelled')}</p> : null}
      </div>
    </section>
  );
}
