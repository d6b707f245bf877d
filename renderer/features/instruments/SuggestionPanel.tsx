import { useTranslation } from 'react-i18next';
import { type Item, type Suggestion, acceptSuggestion, keepAnswer } from '../../../assessments/instruments';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import type { LOCALES } from '../../i18n';
import { answerText } from './answerText';
import { useInstrumentForm } from './formContext';
import { metricText } from './metricFormat';

/**
 * Beside an item: what the drawing's process metrics suggest, with the measured value, what the
 * metric measures and that it is not calibrated against norms (issue 13 §4), to accept or
 * override (docs/DESIGN.md). Choosing another answer on the item records an override; nothing is
 * ever filled in without the psychologist's decision.
 */
export function SuggestionPanel({ item, suggestions }: { item: Item; suggestions: readonly Suggestion[] }) {
  const { t, i18n } = useTranslation();
  const { def, language, state, update, readOnly } = useInstrumentForm();
  const answer = state.answers[item.id];
  const itemName = item.label[language].text;
  const uiLanguage = i18n.language as keyof typeof LOCALES;
  return (
    <aside className="suggestion" aria-label={t('instruments.suggestion.labelFor', { item: itemName })}>
      <p className="suggestion__title">{t('instruments.suggestion.title')}</p>
      {suggestions.map((s) => {
        const taken = answer?.source === 'suggestion-accepted' && answer.value === s.value;
        return (
          <div key={`${s.metric}-${s.pageId}`} className="suggestion__entry">
            <p className="suggestion__value" lang={language}>
              {answerText(t, def, item, s.value, language)}
            </p>
            <p className="suggestion__metric">
              {t(`instruments.metrics.${s.metric}`)}: {metricText(t, uiLanguage, s.metric, s.metricValue)}
            </p>
            {/* Issue 13 §4: what the metric measures and that its steps are not norms, in the psychologist's language. */}
            <p className="suggestion__rationale" lang={uiLanguage}>
              <span className="suggestion__rationale-label">{t('instruments.suggestion.howMeasured')}:</span>{' '}
              {s.rationale[uiLanguage].text}
            </p>
            <p className="suggestion__uncalibrated">{t('instruments.suggestion.notCalibrated')}</p>
            {readOnly ? null : (
              <Button className="button--small" isDisabled={taken} onPress={() => update((prev) => acceptSuggestion(prev, s))}>
                {t('instruments.suggestion.accept')}
                <span className="visually-hidden"> {itemName}</span>
              </Button>
            )}
          </div>
        );
      })}
      <SuggestionStatus
        source={answer?.source}
        canKeep={!readOnly && answer !== undefined && answer.value !== null && answer.source === 'entered'}
        onKeep={() => suggestions[0] && update((prev) => keepAnswer(prev, suggestions[0]!))}
        current={answer ? answerText(t, def, item, answer.value, language) : ''}
      />
    </aside>
  );
}

function SuggestionStatus({
  source,
  canKeep,
  onKeep,
  current,
}: {
  source?: string;
  canKeep: boolean;
  onKeep(): void;
  current: string;
}) {
  const { t } = useTranslation();
  if (source === 'suggestion-accepted') {
    return (
      <p className="suggestion__status suggestion__status--accepted">
        <Icon name="check" />
        {t('instruments.suggestion.accepted')}
      </p>
    );
  }
  if (source === 'suggestion-overridden') {
    return <p className="suggestion__status suggestion__status--overridden">{t('instruments.suggestion.overridden')}</p>;
  }
  return (
    <div className="suggestion__status">
      <p>{t('instruments.suggestion.pending')}</p>
      {canKeep ? (
        <Button variant="quiet" className="button--small" onPress={onKeep}>
          {t('instruments.suggestion.keep', { answer: current })}
        </Button>
      ) : null}
    </div>
  );
}
