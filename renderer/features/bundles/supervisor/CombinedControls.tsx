import { Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../common/format';
import { TRENDS_TEXT, byLabel, instrumentLabel } from '../../../../common/trendsText';
import type { CombinedBy, CombinedCatalogue } from '../../../../electron/contract/supervisorChannels';
import { TRENDS_GRANULARITIES } from '../../../../electron/contract/trendsChannels';
import { RadioOption } from '../../../components/Choice';
import { Select } from '../../../components/Select';
import { type CombinedChoice, changeCombined, isQuarterOrYearOnly } from './combinedModel';
import './supervisor.css';

type Props = { catalogue: CombinedCatalogue; choice: CombinedChoice; onChange: (choice: CombinedChoice) => void };

const NONE = 'none';

/**
 * What to show, as in a facility's Trends (fixed choices only: a measure, its instrument or metric, period buckets of
 * one year, one breakdown), with the facility and its region as two more breakdowns.
 */
export function CombinedControls({ catalogue, choice, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const words = TRENDS_TEXT[language];
  const info = catalogue.measures.find((m) => m.id === choice.measure);
  const change = (patch: Partial<CombinedChoice>) => onChange(changeCombined(catalogue, choice, patch));
  const label = (by: CombinedBy) =>
    by === 'facility' || by === 'region' ? t(`supervisor.trends.by.${by}`) : byLabel({ by, measure: choice.measure }, language);

  return (
    <div className="trends-controls" role="group" aria-label={t('trends.controls')}>
      <Select
        label={t('trends.measure')}
        options={catalogue.measures.map((m) => ({ id: m.id, label: words.measures[m.id] }))}
        value={choice.measure}
        onChange={(measure) => change({ measure })}
      />
      {info && info.instruments.length > 0 && choice.instrumentId ? (
        <Select
          label={words.instrument}
          options={info.instruments.map((i) => ({ id: i.id, label: instrumentLabel(language, i.id) }))}
          value={choice.instrumentId}
          onChange={(instrumentId) => change({ instrumentId })}
        />
      ) : null}
      {info && info.metrics.length > 0 && choice.metric ? (
        <Select
          label={words.metric}
          options={info.metrics.map((m) => ({ id: m, label: words.metrics[m] }))}
          value={choice.metric}
          onChange={(metric) => change({ metric })}
        />
      ) : null}
      <RadioGroup
        value={choice.granularity}
        onChange={(value) => change({ granularity: value as CombinedChoice['granularity'] })}
        orientation="horizontal"
        className="field trends-controls__granularity"
      >
        <Label className="field__label">{words.granularity}</Label>
        <div className="choices choices--row">
          {TRENDS_GRANULARITIES.map((g) => (
            <RadioOption key={g} value={g}>
              {words.granularities[g]}
            </RadioOption>
          ))}
        </div>
      </RadioGroup>
      <Select
        label={words.year}
        options={catalogue.years.map((y) => ({ id: String(y), label: String(y) }))}
        value={String(choice.year)}
        onChange={(year) => change({ year: Number(year) })}
      />
      <Select<string>
        label={words.by}
        options={[{ id: NONE, label: words.byNone }, ...(info?.by ?? []).map((by) => ({ id: by, label: label(by) }))]}
        value={choice.by ?? NONE}
        onChange={(by) => change({ by: by === NONE ? null : (by as CombinedBy) })}
      />
      {isQuarterOrYearOnly(choice.by) ? (
        <p className="field__description combined-controls__hint">{t('supervisor.trends.quarterOrYearOnly')}</p>
      ) : null}
    </div>
  );
}
