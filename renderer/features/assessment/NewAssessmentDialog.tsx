import { useState } from 'react';
import { Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { INSTRUMENTS } from '../../../assessments/instruments';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { RadioOption } from '../../components/Choice';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { say } from '../instruments/localized';

type Props = { clientId: string; isOpen: boolean; onClose(): void; onCreated(assessmentId: string): void };

const KINDS = ['drawing', 'questionnaire'] as const;

/** "New assessment": an instrument from the catalogue (drawing protocols, then questionnaires); creating it opens the draft. */
export function NewAssessmentDialog({ clientId, isOpen, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    const result = await call('assessments:create', { clientId, instrumentId: chosen });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setChosen(null);
    onCreated(result.value.id);
  };

  return (
    <Dialog isOpen={isOpen} onOpenChange={(open) => !open && onClose()} title={t('assessment.new.title')} isBusy={busy}>
      <FormError error={error} />
      <RadioGroup value={chosen} onChange={setChosen} className="instrument-choice" aria-label={t('assessment.new.instrument')}>
        {KINDS.map((kind) => (
          <div key={kind} className="instrument-choice__group">
            <Label className="field__label">{t(`instruments.kind.${kind}`)}</Label>
            <div className="instrument-choice__options">
              {INSTRUMENTS.filter((i) => i.kind === kind).map((instrument) => (
                <RadioOption key={instrument.id} value={instrument.id} description={instrument.code}>
                  {say(instrument.name, language)}
                </RadioOption>
              ))}
            </div>
          </div>
        ))}
      </RadioGroup>
      <div className="form__actions">
        <Button variant="primary" isDisabled={!chosen} isPending={busy} onPress={() => void create()}>
          {t('assessment.new.create')}
        </Button>
        <Button variant="quiet" onPress={onClose} isDisabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
