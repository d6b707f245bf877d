import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormState, type Instrument, definitionForSex } from '../../../../assessments/instruments';
import type { Assessment } from '../../../../electron/contract/assessmentChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { LanguageChoice } from '../../../components/LanguageChoice';
import { formatDateTime } from '../../../i18n/format';
import { InstrumentForm } from '../../instruments/InstrumentForm';
import { WorkingTextNotice } from '../../instruments/TranslationBadge';
import { useVault } from '../../vault/VaultContext';

type Props = {
  assessment: Assessment;
  def: Instrument;
  form: FormState;
  onChange(next: FormState): void;
  clientLanguage: Language;
  onClientLanguage(language: Language): void;
  flush(): Promise<boolean>;
};

/**
 * Step 1 of a questionnaire: handed over to the client (questionnaire client mode, one question
 * at a time in their language), or entered by the psychologist on the form; live scores and
 * bands, and the safety alert of an answer that needs one.
 */
export function AnswersStep({ assessment, def, form, onChange, clientLanguage, onClientLanguage, flush }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { refresh } = useVault();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  // Gendered Russian questions in the form matching the client's recorded sex (issue 13 §8).
  const shown = useMemo(() => definitionForSex(def, assessment.client.sex), [def, assessment.client.sex]);

  const handOver = async () => {
    setBusy(true);
    setError(null);
    await flush();
    const result = await call('clientMode:enter', {
      kind: 'questionnaire',
      assessmentId: assessment.id,
      language: clientLanguage,
    });
    if (!result.ok) {
      setBusy(false);
      return setError(result.error);
    }
    // The status now says "client mode": the shell gives the whole screen to the questionnaire.
    await refresh();
  };

  return (
    <div className="answers-step">
      <section className="handover" aria-labelledby="handover-title">
        <h3 id="handover-title" className="handover__title">
          {t('assessment.answers.handOverTitle')}
        </h3>
        <p>{t('assessment.answers.handOverHelp')}</p>
        {assessment.clientFinishedAt ? (
          <p className="notice notice--success" role="status">
            {t('assessment.answers.clientFinished', {
              date: formatDateTime(language, new Date(assessment.clientFinishedAt)),
              n: assessment.clientAnsweredItemIds.length,
            })}
          </p>
        ) : null}
        <WorkingTextNotice def={def} language={clientLanguage} />
        <LanguageChoice
          value={clientLanguage}
          onChange={onClientLanguage}
          size="compact"
          label={t('assessment.drawings.clientLanguage')}
        />
        <FormError error={error} />
        <Button variant="primary" isPending={busy} onPress={() => void handOver()}>
          {t('assessment.answers.handOver')}
        </Button>
      </section>
      <h3 className="answers-step__form-title">{t('assessment.answers.formTitle')}</h3>
      <InstrumentForm definition={shown} language={language} value={form} onChange={onChange} />
    </div>
  );
}
