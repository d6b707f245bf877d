import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricValue, MetricWords } from '../../../../common/metricRows';

/** The metric rows' words from the UI's i18n (drawing.*), for common/metricRows.ts. */
export function useMetricWords(): MetricWords {
  const { t } = useTranslation();
  return useCallback<MetricWords>((word, values) => t(`drawing.${word}`, values), [t]);
}

/** One metric's value: text, "not available" with the reason, or the colours with their swatches. */
export function MetricValueView({ value, withReason = true }: { value: MetricValue; withReason?: boolean }) {
  switch (value.kind) {
    case 'text':
      return <>{value.text}</>;
    case 'notAvailable':
      return withReason ? (
        <span className="metric__na">
          {value.text}
          <span className="metric__reason">{value.reason}</span>
        </span>
      ) : (
        <>{value.text}</>
      );
    case 'colours':
      return (
        <ul className="metric__colours">
          {value.colours.map((c) => (
            <li key={c.hex}>
              <svg className="metric__dot" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                <circle cx="6" cy="6" r="5" fill={c.hex} stroke="#5a6468" strokeWidth="1" />
              </svg>
              {c.text}
            </li>
          ))}
        </ul>
      );
  }
}
