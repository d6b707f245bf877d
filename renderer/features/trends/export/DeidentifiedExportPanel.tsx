import { useCallback, useState } from 'react';
import { Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Language, formatNumber } from '../../../../common/format';
import {
  DEIDENTIFIED_KINDS,
  type DeidentifiedKind,
  type DeidentifiedSummary,
  STABLE_REASON_MAX,
  STABLE_REASON_MIN,
} from '../../../../electron/contract/deidentifiedExportChannels';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { RadioOption } from '../../../components/Choice';
import { FormError } from '../../../components/FormError';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { useLoaded } from '../../../hooks/useLoaded';
import './deidentifiedExport.css';

type Mode = 'perExport' | 'stable';
type Outcome = { kind: 'saved'; summary: DeidentifiedSummary; dictionarySaved: boolean } | { kind: 'cancelled' } | null;

/**
 * The de-identified record-level export (issue 14 §3), for admins: which records, which year, how pseudonyms are made
 * (stable ones need a reason, which is audited), the data dictionary in the screen's language, and afterwards what
 * was coarsened or left out to reach k-anonymity. The backend builds and saves everything; nothing is sent from here
 * but the choices.
 */
export function DeidentifiedExportPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const options = useLoaded(useCallback(() => call('deidentified:options', {}), []));
  const [kind, setKind] = useState<DeidentifiedKind>('assessments');
  const [chosenYear, setYear] = useState<number | null>(null);
  const [mode, setMode] = useState<Mode>('perExport');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const dictionary = useLoaded(useCallback(() => call('deidentified:dictionary', { kind, language }), [kind, language]));

  const years = options.value?.years ?? [];
  const year = chosenYear ?? years[0] ?? null;
  const reasonOk = mode === 'perExport' || reason.trim().length >= STABLE_REASON_MIN;

  const run = async () => {
    if (year === null) return;
    setBusy(true);
    setError(null);
    setOutcome(null);
    const result = await call('deidentified:export', {
      kind,
      year,
      pseudonyms: mode === 'stable' ? { mode, reason: reason.trim() } : { mode },
      dictionaryLanguage: language,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setOutcome(
      result.value.saved
        ? { kind: 'saved', summary: result.value.summary, dictionarySaved: result.value.dictionarySaved }
        : { kind: 'cancelled' },
    );
  };

  const n = (v: number) => formatNumber(language, v);
  return (
    <section className="panel deidentified" aria-labelledby="deidentified-title" data-testid="deidentified-export">
      <h2 id="deidentified-title">{t('deidentified.title')}</h2>
      <p>{t('deidentified.intro', { k: options.value?.k ?? '…' })}</p>
      <FormError error={options.error} />
      {years.length === 0 && options.value ? <p className="notice notice--info">{t('deidentified.noYears')}</p> : null}
      <div className="deidentified__choices">
        <RadioGroup value={kind} onChange={(v) => setKind(v as DeidentifiedKind)} className="field">
          <Label className="field__label">{t('deidentified.kind')}</Label>
          <div className="choices">
            {DEIDENTIFIED_KINDS.map((k) => (
              <RadioOption key={k} value={k}>
                {t(`deidentified.kinds.${k}`)}
              </RadioOption>
            ))}
          </div>
        </RadioGroup>
        {years.length > 0 && year !== null ? (
          <Select
            label={t('deidentified.year')}
            options={years.map((y) => ({ id: String(y), label: String(y) }))}
            value={String(year)}
            onChange={(y) => setYear(Number(y))}
          />
        ) : null}
        <RadioGroup value={mode} onChange={(v) => setMode(v as Mode)} className="field">
          <Label className="field__label">{t('deidentified.pseudonyms')}</Label>
          <div className="choices">
            <RadioOption value="perExport" description={t('deidentified.perExportHelp')}>
              {t('deidentified.perExport')}
            </RadioOption>
            <RadioOption value="stable" description={t('deidentified.stableHelp')}>
              {t('deidentified.stable')}
            </RadioOption>
          </div>
        </RadioGroup>
        {mode === 'stable' ? (
          <TextField
            label={t('deidentified.reason')}
            description={t('deidentified.reasonHelp', { min: STABLE_REASON_MIN })}
            value={reason}
            onChange={setReason}
            maxLength={STABLE_REASON_MAX}
            multiline
            isRequired
          />
        ) : null}
      </div>
      <Button variant="primary" onPress={() => void run()} isDisabled={busy || year === null || !reasonOk}>
        {t('deidentified.export')}
      </Button>
      <div aria-live="polite">
        {busy ? (
          <p className="notice notice--info" role="status">
            {t('deidentified.exporting')}
          </p>
        ) : outcome?.kind === 'saved' ? (
          <div className="notice notice--success deidentified__summary" role="status" data-testid="deidentified-summary">
            <p>{t('deidentified.saved', { rows: n(outcome.summary.rows), clients: n(outcome.summary.clients) })}</p>
            <p>
              {t('deidentified.anonymity', {
                k: outcome.summary.k,
                generalised: n(outcome.summary.generalisedRows),
                suppressed: n(outcome.summary.suppressedRows),
                units: n(outcome.summary.unitsMerged),
              })}
            </p>
            {outcome.dictionarySaved ? null : <p>{t('deidentified.dictionaryNotSaved')}</p>}
          </div>
        ) : null}
      </div>
      <FormError error={error} />
      {dictionary.value ? (
        <details className="deidentified__dictionary">
          <summary>{t('deidentified.dictionary')}</summary>
          <h3>{dictionary.value.title}</h3>
          {dictionary.value.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
          <table className="table">
            <caption className="visually-hidden">{dictionary.value.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('deidentified.column')}</th>
                <th scope="col">{t('deidentified.meaning')}</th>
                <th scope="col">{t('deidentified.values')}</th>
              </tr>
            </thead>
            <tbody>
              {dictionary.value.columns.map((c) => (
                <tr key={c.column}>
                  <th scope="row">
                    <code>{c.column}</code>
                  </th>
                  <td>{c.meaning}</td>
                  <td>{c.values}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
