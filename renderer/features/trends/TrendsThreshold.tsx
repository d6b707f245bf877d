import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRENDS_K_MAX, TRENDS_K_MIN } from '../../../electron/contract/trendsChannels';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { NumberField } from '../../components/NumberField';

/**
 * The facility's threshold k (admins): raised at will, never below 5 (the backend refuses it too).
 * Changing it changes every table, so the page reloads its views afterwards.
 */
export function TrendsThreshold({ k, onChanged }: { k: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(k);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<number | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    const result = await call('trends:setK', { k: value });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setSaved(result.value.k);
    onChanged();
  };

  return (
    <section className="panel trends-threshold" aria-labelledby="trends-threshold">
      <h2 id="trends-threshold">{t('trends.kTitle')}</h2>
      <div className="trends-threshold__row">
        <NumberField
          label={t('trends.kLabel')}
          description={t('trends.kHelp', { min: TRENDS_K_MIN })}
          value={value}
          minValue={TRENDS_K_MIN}
          maxValue={TRENDS_K_MAX}
          step={1}
          onChange={(next) => Number.isInteger(next) && setValue(next)}
        />
        <Button onPress={() => void save()} isDisabled={busy || value === k}>
          {t('trends.kSave')}
        </Button>
      </div>
      {saved !== null ? (
        <p className="notice notice--success" role="status">
          {t('trends.kSaved', { k: saved })}
        </p>
      ) : null}
      <FormError error={error} />
    </section>
  );
}
