import { useTranslation } from 'react-i18next';
import type { Instrument, Language } from '../../../../assessments/instruments';
import { Button } from '../../../components/Button';
import { LanguageChoice } from '../../../components/LanguageChoice';
import { PageTitle } from '../../../components/Page';
import { contentStatus, say } from '../localized';
import { InstrumentCaveats } from '../InstrumentCaveats';
import { NameText } from '../NameText';
import { TranslationBadge } from '../TranslationBadge';
import { DetailPages } from './DetailPages';
import { DetailScoring } from './DetailScoring';
import { DetailSources } from './DetailSources';

type Props = {
  def: Instrument;
  language: Language;
  onLanguage(language: Language): void;
  onBack(): void;
  onPractice(): void;
  onClientView(): void;
};

/** One instrument: its instructions in the chosen language, pages or scoring, sources and licence. */
export function InstrumentDetail({ def, language, onLanguage, onBack, onPractice, onClientView }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Button variant="quiet" className="back-button" onPress={onBack}>
        {t('instruments.detail.back')}
      </Button>
      <p className="eyebrow">
        {def.code} · {t(`instruments.kind.${def.kind}`)} · {t('instruments.detail.versionValue', { version: def.version })}
      </p>
      <PageTitle>
        <span lang={language}>
          <NameText text={say(def.name, language)} />
        </span>
      </PageTitle>
      <div className="detail-toolbar">
        <span className="detail-toolbar__label" aria-hidden="true">
          {t('instruments.detail.textLanguage')}
        </span>
        <LanguageChoice value={language} onChange={onLanguage} label={t('instruments.detail.textLanguage')} />
      </div>
      <TranslationBadge status={contentStatus(def, language)} />
      <div className="instrument-actions">
        <Button variant="primary" onPress={onPractice}>
          {t('instruments.detail.practice')}
        </Button>
        {def.kind === 'questionnaire' ? <Button onPress={onClientView}>{t('instruments.detail.clientView')}</Button> : null}
      </div>
      <section className="panel detail-section" aria-labelledby="detail-instructions">
        <h2 id="detail-instructions">{t('instruments.detail.instructions')}</h2>
        <p className="detail-instructions" lang={language}>
          {say(def.instructions, language)}
        </p>
      </section>
      {/* Issue 13 §6: the validity caveat and the sources' findings in the reader's language, not only in the English source notes. */}
      <InstrumentCaveats def={def} />
      {def.kind === 'drawing' ? <DetailPages def={def} language={language} /> : null}
      <DetailScoring def={def} language={language} />
      <DetailSources def={def} language={language} />
    </>
  );
}
