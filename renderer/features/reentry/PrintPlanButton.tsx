import { useState } from 'react';
import { Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { RadioOption } from '../../components/Choice';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { LanguageChoice } from '../../components/LanguageChoice';
import { flushPendingSaves } from '../../hooks/pendingSaves';

type Identify = 'code' | 'codeAndName';
type Outcome = { kind: 'saved' } | { kind: 'cancelled' } | { kind: 'error'; error: AppError } | null;

/** A flush that does not answer must not keep the dialog waiting longer than this. */
const FLUSH_BOUND_MS = 3000;

/**
 * "Print for the client": the plan as a one-page PDF in the client's language (chosen by default; the page is
 * theirs), with the code only unless the psychologist chooses to print the name. What was just typed is sent
 * first, so the page says what the screen says.
 */
export function PrintPlanButton({ clientId, clientLanguage }: { clientId: string; clientLanguage: Language | null }) {
  const { t, i18n } = useTranslation();
  const defaultLanguage = clientLanguage ?? (i18n.language as Language);
  const [isOpen, setOpen] = useState(false);
  const [identify, setIdentify] = useState<Identify>('code');
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const open = () => {
    setIdentify('code');
    setLanguage(defaultLanguage);
    setOutcome(null);
    setOpen(true);
  };

  const exportPdf = async () => {
    setBusy(true);
    setOutcome(null);
    await flushPendingSaves(FLUSH_BOUND_MS);
    const result = await call('reentry:exportPdf', { clientId, includeName: identify === 'codeAndName', language });
    setBusy(false);
    if (!result.ok) setOutcome({ kind: 'error', error: result.error });
    else setOutcome({ kind: result.value.saved ? 'saved' : 'cancelled' });
  };

  const done = outcome?.kind === 'saved';
  return (
    <>
      <Button onPress={open}>{t('reentry.print.button')}</Button>
      <Dialog isOpen={isOpen} onOpenChange={(next) => !next && setOpen(false)} title={t('reentry.print.title')} isBusy={busy}>
        <div className="report-export">
          <p>{t('reentry.print.explain')}</p>
          <RadioGroup
            value={identify}
            onChange={(v) => setIdentify(v as Identify)}
            isDisabled={busy || done}
            className="report-export__group"
          >
            <Label className="field__label">{t('reentry.print.identify')}</Label>
            <RadioOption value="code" description={t('reentry.print.codeOnlyHint')}>
              {t('reentry.print.codeOnly')}
            </RadioOption>
            <RadioOption value="codeAndName" description={t('reentry.print.withNameHint')}>
              {t('reentry.print.withName')}
            </RadioOption>
          </RadioGroup>
          <LanguageChoice
            value={language}
            onChange={setLanguage}
            size="large"
            label={t('reentry.print.language')}
            isDisabled={busy || done}
          />
          {busy ? (
            <p className="notice notice--info report-export__progress" role="status">
              <span className="report-export__spinner" aria-hidden="true" />
              {t('reentry.print.rendering')}
            </p>
          ) : outcome?.kind === 'saved' ? (
            <p className="notice notice--success" role="status">
              {t('reentry.print.saved')}
            </p>
          ) : outcome?.kind === 'cancelled' ? (
            <p className="notice notice--info" role="status">
              {t('reentry.print.cancelled')}
            </p>
          ) : (
            <FormError
              error={outcome?.kind === 'error' ? outcome.error : null}
              messages={{ EXPORT_FAILED: t('reentry.print.failed') }}
            />
          )}
          <div className="form__actions">
            {done ? (
              <Button variant="primary" onPress={() => setOpen(false)} autoFocus>
                {t('reentry.print.close')}
              </Button>
            ) : (
              <>
                <Button variant="primary" isPending={busy} onPress={() => void exportPdf()}>
                  {t('reentry.print.create')}
                </Button>
                <Button variant="quiet" isDisabled={busy} onPress={() => setOpen(false)}>
                  {t('reentry.print.cancel')}
                </Button>
              </>
            )}
          </div>
        </div>
      </Dialog>
    </>
  );
}
