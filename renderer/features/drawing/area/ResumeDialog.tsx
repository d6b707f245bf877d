import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormError } from '../../../components/FormError';
import { LanguageChoice } from '../../../components/LanguageChoice';
import type { ClientModeSetup } from '../ClientMode';
import { setupFromResumed } from '../resumeSetup';
import type { DrawingInfo } from '../storage/drawingsApi';

type Props = {
  drawing: DrawingInfo | null;
  onClose: () => void;
  onStart: (setup: ClientModeSetup) => Promise<AppError | null>;
};

/**
 * Resuming an unfinished drawing: the backend records the time nothing was drawn as a gap and
 * keeps the stroke a crash cut; the client's language is asked again, as at the start.
 */
export function ResumeDialog({ drawing, onClose, onStart }: Props) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(i18n.language as Language);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const resume = async () => {
    if (!drawing) return;
    setBusy(true);
    setError(null);
    const resumed = await call('drawings:resume', { id: drawing.id });
    const setup = resumed.ok ? setupFromResumed(resumed.value, language) : resumed;
    const refused = setup.ok ? await onStart(setup.value) : setup.error;
    setBusy(false);
    if (refused) setError(refused);
  };

  return (
    <Dialog isOpen={drawing !== null} onOpenChange={(open) => !open && onClose()} title={t('drawing.resume.title')} isBusy={busy}>
      <p>{t('drawing.resume.explain')}</p>
      <FormError error={error} />
      <LanguageChoice value={language} onChange={setLanguage} size="large" label={t('drawing.new.clientLanguage')} />
      <div className="form__actions">
        <Button variant="primary" isPending={busy} onPress={() => void resume()}>
          {t('drawing.resume.start')}
        </Button>
        <Button variant="quiet" isDisabled={busy} onPress={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
