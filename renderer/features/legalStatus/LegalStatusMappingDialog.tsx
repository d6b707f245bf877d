import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { LegalStatusMappingState } from '../../../electron/contract/legalStatusChannels';
import type { LegalStatus } from '../../../electron/contract/legalStatuses';
import { type AppError, call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { FormError } from '../../components/FormError';
import { Select } from '../../components/Select';
import { type MappingChoices, mappingInput } from './mappingChoices';

type Props = {
  state: LegalStatusMappingState;
  choices: MappingChoices;
  onChoicesChange: (choices: MappingChoices) => void;
  onClose: () => void;
  onSaved: (state: LegalStatusMappingState) => void;
};

const UNCHOSEN = '' as const;

/**
 * The one-time question of migration 0016: what "in custody" and "on probation" meant at this facility. One select per
 * old value still held, both saved in one call (one transaction), so the history is never half mapped. The choices are
 * kept in the shell's area store by the caller, so a lock in the middle brings the dialog back as it was.
 */
export function LegalStatusMappingDialog({ state, choices, onChoicesChange, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const mappings = mappingInput(state.pending, choices);
    if (mappings === null) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    void call('legalStatus:applyMapping', { mappings }).then((result) => {
      setBusy(false);
      if (result.ok) onSaved(result.value);
      else setError(result.error);
    });
  };

  return (
    <Dialog isOpen onOpenChange={(open) => !open && onClose()} title={t('legalStatus.mapping.title')} isBusy={busy}>
      <p>{t('legalStatus.mapping.intro')}</p>
      <p>{t('legalStatus.mapping.kept')}</p>
      <Form onSubmit={submit} validationBehavior="aria" className="form">
        <FormError error={error} />
        {state.pending.map((p) => (
          <fieldset key={p.from} className="legal-mapping__item">
            <legend>{t('legalStatus.mapping.recordedAs', { status: t(`legalStatus.old.${p.from}`) })}</legend>
            <p className="muted">{t('legalStatus.mapping.counts', { periods: p.periods, clients: p.clients })}</p>
            <Select<LegalStatus | typeof UNCHOSEN>
              label={t('legalStatus.mapping.means')}
              value={choices[p.from] ?? UNCHOSEN}
              onChange={(to) => {
                setMissing(false);
                onChoicesChange({ ...choices, [p.from]: to === UNCHOSEN ? undefined : to });
              }}
              options={[
                { id: UNCHOSEN, label: t('legalStatus.mapping.choose') },
                ...p.choices.map((s) => ({ id: s, label: t(`clients.legalStatuses.${s}`) })),
              ]}
            />
          </fieldset>
        ))}
        {missing ? (
          <p className="field__error" role="alert">
            {t('legalStatus.mapping.missing')}
          </p>
        ) : null}
        <FormActions
          submitLabel={t('legalStatus.mapping.save')}
          busyLabel={t('common.saving')}
          isBusy={busy}
          onCancel={onClose}
        />
      </Form>
    </Dialog>
  );
}
