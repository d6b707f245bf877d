import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnswerValue, type Item, enterAnswer } from '../../../assessments/instruments';
import { Button } from '../../components/Button';
import { answerText } from './answerText';
import { FlagAlert } from './FlagAlert';
import { useInstrumentForm } from './formContext';
import { ItemEditor } from './items/ItemEditor';
import { ItemLabel } from './ItemLabel';
import { itemIndex } from './localized';
import { problemText } from './problemText';
import { SuggestionPanel } from './SuggestionPanel';

/** The DOM id of an item's block, for links from the score panel ("go to the alert"). */
export const itemAnchor = (itemId: string) => `item-${itemId}`;

/**
 * One item with everything about it: its input (or, read-only, its answer in words), the
 * validation message, the skip rule that applies, a raised flag, and drawing suggestions beside it.
 */
export function ItemView({ item }: { item: Item }) {
  const { t } = useTranslation();
  const { def, language, state, status, suggestions, numbers, readOnly, update } = useInstrumentForm();
  const [answerAnyway, setAnswerAnyway] = useState(false);
  const offered = suggestions.filter((s) => s.itemId === item.id);
  const problem = status.problems.find((p) => p.itemId === item.id);
  const flags = status.result.flags.filter((f) => f.itemId === item.id);
  const skip = status.result.notes.find((n) => n.code === 'skipRuleApplied' && n.itemId === item.id);
  const answer = state.answers[item.id];
  const number = numbers.get(item.id);
  const label = <ItemLabel item={item} />;
  const help = item.help ? item.help[language].text : undefined;
  const change = (value: AnswerValue) => update((prev) => enterAnswer(prev, item.id, value, offered));

  let skipReason: string | null = null;
  let scoredAs = 0;
  if (skip?.code === 'skipRuleApplied') {
    scoredAs = skip.params.scoredAs;
    const when = itemIndex(def).get(skip.params.whenItemId)?.item;
    skipReason = t('instruments.skip.reason', {
      item: numbers.get(skip.params.whenItemId) ?? '',
      answer: when ? answerText(t, def, when, state.answers[skip.params.whenItemId]?.value, language) : '',
      score: skip.params.scoredAs,
    });
  }

  const clearable =
    !readOnly && answer !== undefined && (item.kind === 'rating' || item.kind === 'response' || item.kind === 'singleChoice');
  let body;
  if (readOnly) {
    body = (
      <div className="form-item__readonly">
        <span className="form-item__label">{label}</span>
        <span className="form-item__value">
          {skipReason && answer === undefined
            ? t('instruments.skip.readOnly', { score: scoredAs })
            : answerText(t, def, item, answer?.value, language)}
          {answer?.source === 'suggestion-accepted' ? (
            <span className="tag">{t('instruments.suggestion.fromSuggestion')}</span>
          ) : null}
          {answer?.source === 'suggestion-overridden' ? (
            <span className="tag tag--warning">{t('instruments.suggestion.overriddenTag')}</span>
          ) : null}
        </span>
      </div>
    );
  } else if (skipReason && !answerAnyway) {
    body = (
      <div className="form-item__skipped">
        <span className="form-item__label">{label}</span>
        <p className="form-item__skip-note">
          <span className="tag tag--muted">{t('instruments.skip.badge')}</span> {skipReason}
        </p>
        <Button variant="quiet" className="button--small" onPress={() => setAnswerAnyway(true)}>
          {t('instruments.skip.answerAnyway', { item: number ?? '' })}
        </Button>
      </div>
    );
  } else {
    body = (
      <>
        <ItemEditor
          item={item}
          label={label}
          help={help}
          error={problem ? problemText(t, problem.code, item) : undefined}
          onChange={change}
        />
        {skipReason ? <p className="form-item__skip-note">{skipReason}</p> : null}
        {clearable ? (
          <Button variant="quiet" className="button--small form-item__clear" onPress={() => change(null)}>
            {t('instruments.form.clear')}
            <span className="visually-hidden"> {number ?? item.label[language].text}</span>
          </Button>
        ) : null}
      </>
    );
  }

  return (
    <div
      className={['form-item', offered.length > 0 ? 'form-item--suggested' : '', clearable ? 'form-item--clearable' : '']
        .filter(Boolean)
        .join(' ')}
      id={itemAnchor(item.id)}
    >
      <div className="form-item__main">
        {body}
        {flags.map((flag) => (
          <FlagAlert key={flag.id} flag={flag} />
        ))}
      </div>
      {offered.length > 0 ? <SuggestionPanel item={item} suggestions={offered} /> : null}
    </div>
  );
}
