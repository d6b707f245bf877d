import { useState } from 'react';
import { Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import type { Result } from '../../../electron/contract/errors';
import type { AppError } from '../../api';
import { Button } from '../../components/Button';
import { RadioOption } from '../../components/Choice';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { LanguageChoice } from '../../components/LanguageChoice';
import './report.css';

type Identify = 'code' | 'codeAndName';
type Outcome = { kind: 'saved' } | { kind: 'cancelled' } | { kind: 'error'; error: AppError } | null;

/**
 * A button and its dialog for a PDF about one client (the signed assessment's report, the printed re-entry plan):
 * whether the name is printed (the code only unless the psychologist chooses otherwise: paper travels), the
 * language, then the backend renders the page and asks where to save it. Rendering takes a few seconds, so the
 * dialog shows that it is working. `texts` is the i18n prefix of the dialog's words (button, title, explain,
 * identify, codeOnly(Hint), withName(Hint), language, rendering, saved, cancelled, failed, close, create, cancel).
 */
export function PdfExportButton({
  texts,
  defaultLanguage,
  errorMessages = {},
  exportPdf,
}: {
  texts: string;
  defaultLanguage: Language;
  /** Texts for error codes this export can answer, besides EXPORT_FAILED. */
  errorMessages?: Record<string, string>;
  exportPdf: (input: { includeName: boolean; language: Language }) => Promise<Result<{ saved: boolean }>>;
}) {
  const { t } = useTranslation();
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

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    const result = await exportPdf({ includeName: identify === 'codeAndName', language });
    setBusy(false);
    if (!result.ok) setOutcome({ kind: 'error', error: result.error });
    else setOutcome({ kind: result.value.saved ? 'saved' : 'cancelled' });
  };

  const done = outcome?.kind === 'saved';
  return (
    <>
      <Button onPress={open}>{t(`${texts}.button`)}</Button>
      <Dialog isOpen={isOpen} onOpenChange={(next) => !next && setOpen(false)} title={t(`${texts}.title`)} isBusy={busy}>
        <div className="report-export">
          <p>{t(`${texts}.explain`)}</p>
          <RadioGroup
            value={identify}
            onChange={(v) => setIdentify(v as Identify)}
            isDisabled={busy || done}
            className="report-export__group"
          >
            <Label className="field__label">{t(`${texts}.identify`)}</Label>
            <RadioOption value="code" description={t(`${texts}.codeOnlyHint`)}>
              {t(`${texts}.codeOnly`)}
            </RadioOption>
            <RadioOption value="codeAndName" description={t(`${texts}.withNameHint`)}>
              {t(`${texts}.withName`)}
            </RadioOption>
          </RadioGroup>
          <LanguageChoice
            value={language}
            onChange={setLanguage}
            size="large"
            label={t(`${texts}.language`)}
            isDisabled={busy || done}
          />

          {busy ? (
            <p className="notice notice--info report-export__progress" role="status">
              <span className="report-export__spinner" aria-hidden="true" />
              {t(`${texts}.rendering`)}
            </p>
          ) : outcome?.kind === 'saved' ? (
            <p className="notice notice--success" role="status">
              {t(`${texts}.saved`)}
            </p>
          ) : outcome?.kind === 'cancelled' ? (
            <p className="notice notice--info" role="status">
              {t(`${texts}.cancelled`)}
            </p>
          ) : (
            <FormError
              error={outcome?.kind === 'error' ? outcome.error : null}
              messages={{ ...errorMessages, EXPORT_FAILED: t(`${texts}.failed`) }}
            />
          )}

          <div className="form__actions">
            {done ? (
              <Button variant="primary" onPress={() => setOpen(false)} autoFocus>
                {t(`${texts}.close`)}
              </Button>
            ) : (
              <>
                <Button variant="primary" isPending={busy} onPress={() => void run()}>
                  {t(`${texts}.create`)}
                </Button>
                <Button variant="quiet" isDisabled={busy} onPress={() => setOpen(false)}>
                  {t(`${texts}.cancel`)}
                </Button>
              </>
            )}
          </div>
        </div>
      </Dialog>
    </>
  );
}
