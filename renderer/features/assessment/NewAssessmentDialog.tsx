import { useState } from 'react';
import { Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { INSTRUMENTS } from '../../../assessments/instruments';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { RadioOption } from '../../components/Choice';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { say } from '../instruments/localized';
import { ConsentGate, consentGateOpen } from '../clients/consent/ConsentGate';
import { clientCoverage } from '../clients/consent/clientCoverage';
import { RecordConsentDialog } from '../clients/RecordConsentDialog';

type Props = { client: ClientDetail; isOpen: boolean; onClose(): void; onCreated(assessmentId: string): void };

const KINDS = ['drawing', 'questionnaire'] as const;

/** "New assessment": an instrument from the catalogue (drawing protocols, then questionnaires); creating it opens the draft. */
export function NewAssessmentDialog({ client: given, isOpen, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  // Consent (issue 12, item 4): warned here, before anything is created; the backend enforces it.
  const [recorded, setRecorded] = useState<ClientDetail | null>(null);
  const client = recorded?.id === given.id ? recorded : given;
  const [reason, setReason] = useState('');
  const [recording, setRecording] = useState(false);
  const coverage = clientCoverage(client, 'assessment');
  const clientId = client.id;

  const create = async () => {
    if (!chosen || !consentGateOpen(coverage, reason)) return;
    setBusy(true);
    setError(null);
    const consentReason = coverage === 'covered' ? undefined : reason.trim();
    const result = await call('assessments:create', { clientId, instrumentId: chosen, consentReason });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setChosen(null);
    setReason('');
    onCreated(result.value.id);
  };

  return (
    <Dialog isOpen={isOpen} onOpenChange={(open) => !open && onClose()} title={t('assessment.new.title')} isBusy={busy}>
      <FormError error={error} />
      <ConsentGate
        activity="assessment"
        coverage={coverage}
        reason={reason}
        onReasonChange={setReason}
        onRecordConsent={() => setRecording(true)}
      />
      {recording ? (
        <RecordConsentDialog
          client={client}
          scope={['assessment']}
          onClose={() => setRecording(false)}
          onSaved={(next) => {
            setRecording(false);
            setRecorded(next);
          }}
        />
      ) : null}
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
        <Button
          variant="primary"
          isDisabled={!chosen || !consentGateOpen(coverage, reason)}
          isPending={busy}
          onPress={() => void create()}
        >
          {t('assessment.new.create')}
        </Button>
        <Button variant="quiet" onPress={onClose} isDisabled={busy}>
          {t('common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
