import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/format';
import type { TrendsViewInput } from '../../../electron/contract/trendsChannels';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';

type Outcome = { kind: 'saved' } | { kind: 'cancelled' } | { kind: 'error'; error: AppError } | null;

/**
 * "Save as CSV" and "Save as PDF" of the view on screen. The backend rebuilds the same suppressed
 * table from the same input and writes the file in the screen's language; nothing is sent from here
 * but the choice.
 */
export function TrendsExport({ input }: { input: TrendsViewInput }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const save = async (channel: 'trends:exportCsv' | 'trends:exportPdf') => {
    setBusy(true);
    setOutcome(null);
    const result = await call(channel, { ...input, language: i18n.language as Language });
    setBusy(false);
    if (!result.ok) setOutcome({ kind: 'error', error: result.error });
    else setOutcome({ kind: result.value.saved ? 'saved' : 'cancelled' });
  };

  return (
    <div className="trends-export">
      <div className="trends-export__buttons">
        <Button onPress={() => void save('trends:exportCsv')} isDisabled={busy}>
          {t('trends.exportCsv')}
        </Button>
        <Button onPress={() => void save('trends:exportPdf')} isDisabled={busy}>
          {t('trends.exportPdf')}
        </Button>
      </div>
      <div aria-live="polite">
        {busy ? (
          <p className="notice notice--info" role="status">
            {t('trends.exporting')}
          </p>
        ) : outcome?.kind === 'saved' ? (
          <p className="notice notice--success" role="status">
            {t('trends.exported')}
          </p>
        ) : null}
      </div>
      <FormError error={outcome?.kind === 'error' ? outcome.error : null} />
    </div>
  );
}
