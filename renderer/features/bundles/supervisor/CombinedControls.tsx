import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../common/format';
import { byLabel } from '../../../../common/trendsText';
import type { CombinedBy, CombinedCatalogue } from '../../../../electron/contract/supervisorChannels';
import { ChoiceControls } from '../../trends/TrendsControls';
import { type CombinedChoice, changeCombined, isQuarterOrYearOnly } from './combinedModel';
import './supervisor.css';

/**
 * What to show, as in a facility's Trends (fixed choices only: a measure, its instrument or metric, period buckets of
 * one year, one breakdown), with the facility and its region as two more breakdowns, by quarter or year only.
 */
export function CombinedControls({
  catalogue,
  choice,
  onChange,
}: {
  catalogue: CombinedCatalogue;
  choice: CombinedChoice;
  onChange: (choice: CombinedChoice) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <ChoiceControls<CombinedBy>
      catalogue={catalogue}
      choice={choice}
      change={(patch) => onChange(changeCombined(catalogue, choice, patch))}
      labelOfBy={(by) =>
        by === 'facility' || by === 'region'
          ? t(`supervisor.trends.by.${by}`)
          : byLabel({ by, measure: choice.measure }, language)
      }
      hint={
        isQuarterOrYearOnly(choice.by) ? (
          <p className="field__description combined-controls__hint">{t('supervisor.trends.quarterOrYearOnly')}</p>
        ) : null
      }
    />
  );
}
