import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type FormState,
  type Instrument,
  type Language,
  type Suggestion,
  blankFormState,
  formStatus,
} from '../../../../assessments/instruments';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Choice';
import { Icon } from '../../../components/Icon';
import { LanguageChoice } from '../../../components/LanguageChoice';
import { PageTitle } from '../../../components/Page';
import { InstrumentForm } from '../InstrumentForm';
import { say } from '../localized';
import { withName } from '../NameText';
import { DrawingMetricsPicker } from './DrawingMetricsPicker';

type Props = {
  def: Instrument;
  language: Language;
  onLanguage(language: Language): void;
  state: FormState;
  onState(state: FormState): void;
  onBack(): void;
  onClientView(): void;
};

/**
 * The form with empty answers, to try an instrument out. Nothing is stored: the answers live in
 * the catalogue screen's memory only and are gone when the psychologist leaves it.
 */
export function PracticePage({ def, language, onLanguage, state, onState, onBack, onClientView }: Props) {
  const { t } = useTranslation();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [signedPreview, setSignedPreview] = useState(false);
  const name = say(def.name, language);
  return (
    <>
      <Button variant="quiet" className="back-button" onPress={onBack}>
        {t('instruments.practice.back', { name })}
      </Button>
      <PageTitle>{withName(t, 'instruments.practice.title', name)}</PageTitle>
      <p className="notice notice--info practice-notice">
        <Icon name="info" className="notice__icon" />
        <span>{t('instruments.practice.notSaved')}</span>
      </p>
      <div className="practice-toolbar">
        <span className="detail-toolbar__label" aria-hidden="true">
          {t('instruments.detail.textLanguage')}
        </span>
        <LanguageChoice value={language} onChange={onLanguage} label={t('instruments.detail.textLanguage')} />
        <div className="practice-toolbar__actions">
          <Button onPress={() => onState(blankFormState(def))}>{t('instruments.practice.reset')}</Button>
          {def.kind === 'questionnaire' ? <Button onPress={onClientView}>{t('instruments.detail.clientView')}</Button> : null}
        </div>
        <div className="practice-toolbar__options">
          <Checkbox isSelected={signedPreview} onChange={setSignedPreview}>
            {t('instruments.practice.signedPreview')}
          </Checkbox>
        </div>
      </div>
      <DrawingMetricsPicker def={def} onSuggestions={setSuggestions} />
      <InstrumentForm
        definition={def}
        language={language}
        value={state}
        onChange={onState}
        suggestions={suggestions}
        readOnly={signedPreview}
        result={signedPreview ? formStatus(def, state).result : undefined}
      />
    </>
  );
}
