import type { TFunction } from 'i18next';
import type { MetricId } from '../../../assessments/instruments';
import { LOCALES } from '../../i18n';
import { numberLocale } from '../drawing/replay/formatTime';

type UiLanguage = keyof typeof LOCALES;

/** A measured metric in words: "12 %", "30 % from the top", "2.4 m", as metricIds.ts defines them. */
export function metricText(t: TFunction, language: UiLanguage, metric: MetricId, value: number): string {
  // Kazakh falls back to Russian digits where Chromium lacks Kazakh ICU data (formatTime.ts).
  const locale = numberLocale(LOCALES[language]);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  const number = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  switch (metric) {
    case 'pageCoverage':
    case 'figureSizeRatio':
    case 'colouredInkShare':
      return percent;
    case 'placementVertical':
      return t('instruments.metricValues.fromTop', { value: percent });
    case 'placementHorizontal':
      return t('instruments.metricValues.fromLeft', { value: percent });
    case 'erasureCount':
    case 'colourCount':
      return number(0);
    case 'pressureMean':
      return number(2);
    case 'totalInkLength':
      // Page units are 0.1 mm: 1,000 units = 10 cm.
      return t('instruments.metricValues.centimetres', {
        value: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value / 100),
      });
  }
}
