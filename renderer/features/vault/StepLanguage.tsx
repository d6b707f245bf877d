import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { LanguageChoice } from '../../components/LanguageChoice';
import { PageTitle } from '../../components/Page';

/** Step 1: the language of the app; choosing one switches the screen at once. */
export function StepLanguage({
  value,
  onChange,
  onNext,
}: {
  value: Language;
  onChange: (l: Language) => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('setup.language.title')}</PageTitle>
      <p className="lead">{t('setup.language.intro')}</p>
      <LanguageChoice value={value} onChange={onChange} size="large" label={t('language.label')} />
      <div className="form__actions">
        <Button variant="primary" onPress={onNext}>
          {t('common.continue')}
        </Button>
      </div>
    </>
  );
}
