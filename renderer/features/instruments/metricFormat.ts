import type { TFunction } from 'i18next';
import type { MetricId } from '../../../assessments/instruments';
import type { Language } from '../../../electron/contract/schemas';
import { formatNumber, formatPercent } from '../../i18n/format';

/** A measured metric in words: "12 %", "30 % from the top", "2.4 m", as metricIds.ts defines them. */
export function metricText(t: TFunction, language: Language, metric: MetricId, value: number): string {
  const percent = formatPercent(language, value, 0);
  const number = (digits: number) => formatNumber(language, value, { digits });
  switch (metric) {
    case 'pageCoverage':
    case 'drawingExtentShare':
    case 'colourFilledShare':
      return percent;
    case 'placementVertical':
      return t('instruments.metricValues.fromTop', { value: percent });
    case 'placementHorizontal':
      return t('instruments.metricValues.fromLeft', { value: percent });
    case 'erasures':
    case 'colourCount':
      return number(0);
    case 'pressureMean':
      return number(2);
    case 'totalInkLength':
      // Page units are 0.1 mm: 1,000 units = 10 cm.
      return t('instruments.metricValues.centimetres', { value: formatNumber(language, value / 100) });
  }
}
