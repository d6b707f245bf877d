import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormState, Instrument, Language } from '../../../../assessments/instruments';
import { Button } from '../../../components/Button';
import { LanguageChoice } from '../../../components/LanguageChoice';
import { PageTitle } from '../../../components/Page';
import { say } from '../localized';
import { withName } from '../NameText';
import { QuestionnaireClientMode } from '../QuestionnaireClientMode';

type Props = {
  def: Instrument;
  uiLanguage: Language;
  state: FormState;
  onState(state: FormState): void;
  onBack(): void;
  onPractice(): void;
};

/** What the client sees, framed on the psychologist's screen; nothing is stored, nothing is locked. */
export function ClientPreview({ def, uiLanguage, state, onState, onBack, onPractice }: Props) {
  const { t } = useTranslation();
  const [clientLanguage, setClientLanguage] = useState<Language>(uiLanguage);
  const [run, setRun] = useState(0);
  const name = say(def.name, uiLanguage);
  return (
    <>
      <Button variant="quiet" className="back-button" onPress={onBack}>
        {t('instruments.practice.back', { name })}
      </Button>
      <PageTitle>{withName(t, 'instruments.preview.title', name)}</PageTitle>
      <p className="lead">{t('instruments.preview.intro')}</p>
      <div className="practice-toolbar">
        <span className="detail-toolbar__label" aria-hidden="true">
          {t('instruments.preview.clientLanguage')}
        </span>
        <LanguageChoice value={clientLanguage} onChange={setClientLanguage} label={t('instruments.preview.clientLanguage')} />
        <div className="practice-toolbar__actions">
          <Button onPress={() => setRun((n) => n + 1)}>{t('instruments.preview.restart')}</Button>
          <Button onPress={onPractice}>{t('instruments.preview.openForm')}</Button>
        </div>
      </div>
      <section className="client-preview" aria-label={t('instruments.preview.frame')}>
        <QuestionnaireClientMode
          key={`${run}-${clientLanguage}`}
          definition={def}
          language={clientLanguage}
          value={state}
          onChange={onState}
          focusOnMount={false}
        />
      </section>
    </>
  );
}
