import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalStatusMappingState } from '../../../electron/contract/legalStatusChannels';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useAreaState } from '../shell/areaState';
import { LegalStatusMappingDialog } from './LegalStatusMappingDialog';
import './legalStatus.css';
import { CLOSED, MAPPING_STATE_KEY, type MappingDialogState, pendingPeriods } from './mappingChoices';

type Props = { onMapped: () => void };

/**
 * Shown on the client list while periods recorded before migration 0016 still hold "in custody" or "on probation":
 * says how many and opens the one-time question. Gone once answered; nothing is shown when nothing is pending.
 */
export function LegalStatusMappingNotice({ onMapped }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<LegalStatusMappingState | null>(null);
  const [dialog, setDialog] = useAreaState<MappingDialogState>(MAPPING_STATE_KEY, CLOSED);
  const [done, setDone] = useState<number | null>(null);

  const load = useCallback(() => {
    void call('legalStatus:mappingState', {}).then((result) => result.ok && setState(result.value));
  }, []);
  useEffect(load, [load]);

  const pending = pendingPeriods(state);
  if (state === null) return null;
  if (pending === 0) {
    return done === null ? null : (
      <p className="notice notice--info" role="status">
        {t('legalStatus.mapping.done', { periods: done })}
      </p>
    );
  }
  return (
    <section className="notice notice--warning legal-mapping" aria-labelledby="legal-mapping-title">
      <Icon name="alert" className="notice__icon" />
      <div className="notice__body">
        <h2 id="legal-mapping-title" className="legal-mapping__title">
          {t('legalStatus.mapping.noticeTitle')}
        </h2>
        <p>{t('legalStatus.mapping.notice', { periods: pending })}</p>
        <div>
          <Button variant="primary" onPress={() => setDialog({ ...dialog, open: true })}>
            {t('legalStatus.mapping.open')}
          </Button>
        </div>
      </div>
      {dialog.open ? (
        <LegalStatusMappingDialog
          state={state}
          choices={dialog.choices}
          onChoicesChange={(choices) => setDialog({ open: true, choices })}
          onClose={() => setDialog({ ...dialog, open: false })}
          onSaved={(next) => {
            setDone(pending);
            setDialog(CLOSED);
            setState(next);
            onMapped();
          }}
        />
      ) : null}
    </section>
  );
}
