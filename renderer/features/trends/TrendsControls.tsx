import type { ReactNode } from 'react';
import { Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/format';
import { TRENDS_TEXT, byLabel, instrumentLabel } from '../../../common/trendsText';
import {
  TRENDS_GRANULARITIES,
  type TrendsBy,
  type TrendsCatalogue,
  type TrendsMeasure,
} from '../../../electron/contract/trendsChannels';
import { RadioOption } from '../../components/Choice';
import { Select } from '../../components/Select';
import { type TrendsChoice, normalise } from './model/choice';

const NONE = 'none';

/**
 * What to show: the measure (and its instrument or process metric), the period buckets and year, and
 * one breakdown. Only fixed choices, never a date range or a free filter (issue 14 §1), so that two
 * views cannot be subtracted to isolate a person.
 */
export function TrendsControls({
  catalogue,
  choice,
  onChange,
}: {
  catalogue: TrendsCatalogue;
  choice: TrendsChoice;
  onChange: (choice: TrendsChoice) => void;
}) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <ChoiceControls<TrendsBy>
      catalogue={catalogue}
      choice={choice}
      change={(patch) => onChange(normalise(catalogue, { ...choice, ...patch }))}
      labelOfBy={(by) => byLabel({ by, measure: choice.measure }, language)}
    />
  );
}

/** A choice of one view whose breakdowns are `By` (a facility's, or a supervising department's with two more). */
type ChoiceOf<By extends string> = {
  measure: TrendsMeasure;
  instrumentId: string | null;
  metric: 'durationMinutes' | 'events' | null;
  granularity: TrendsChoice['granularity'];
  year: number;
  by: By | null;
};

type CatalogueOf<By extends string> = {
  years: readonly number[];
  measures: readonly {
    id: TrendsMeasure;
    instruments: readonly { id: string }[];
    metrics: readonly ('durationMinutes' | 'events')[];
    by: readonly By[];
  }[];
};

/** The controls themselves, shared by Trends and combined Trends; `hint` is shown under the breakdown. */
export function ChoiceControls<By extends string>({
  catalogue,
  choice,
  change,
  labelOfBy,
  hint,
}: {
  catalogue: CatalogueOf<By>;
  choice: ChoiceOf<By>;
  change: (patch: Partial<ChoiceOf<By>>) => void;
  labelOfBy: (by: By) => string;
  hint?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const words = TRENDS_TEXT[language];
  const info = catalogue.measures.find((m) => m.id === choice.measure);

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
        onChange={(value) => change({ granularity: value as TrendsChoice['granularity'] })}
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
        options={[{ id: NONE, label: words.byNone }, ...(info?.by ?? []).map((by) => ({ id: by, label: labelOfBy(by) }))]}
        value={choice.by ?? NONE}
        onChange={(by) => change({ by: by === NONE ? null : (by as By) })}
      />
      {hint}
    </div>
  );
}
