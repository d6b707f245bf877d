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
import './report.css';

type Identify = 'code' | 'codeAndName';
type Outcome = { kind: 'saved' } | { kind: 'cancelled' } | { kind: 'error'; error: AppError } | null;

/**
 * "PDF report" on a signed assessment: a dialog to choose whether the client's name is printed
 * (code only unless the psychologist chooses otherwise: a report may travel) and the report's
 * language, then the backend builds the report from the stored record, renders it and asks where
 * to save it. Rendering takes a few seconds, so the dialog shows that it is working.
 */
export function ExportReportButton({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [identify, setIdentify] = useState<Identify>('code');
  const [language, setLanguage] = useState<Language>(i18n.language as Language);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const open = () => {
    setIdentify('code');
    setLanguage(i18n.language as Language);
    setOutcome(null);
    setOpen(true);
  };

  const exportPdf = async () => {
    setBusy(true);
    setOutcome(null);
    const result = await call('assessments:exportPdf', { assessmentId, includeName: identify === 'codeAndName', language });
    setBusy(false);
    if (!result.ok) setOutcome({ kind: 'error', error: result.error });
    else setOutcome({ kind: result.value.saved ? 'saved' : 'cancelled' });
  };

  const done = outcome?.kind === 'saved';
  return (
    <>
      <Button onPress={open}>{t('report.button')}</Button>
      <Dialog isOpen={isOpen} onOpenChange={(next) => !next && setOpen(false)} title={t('report.title')} isBusy={busy}>
        <div className="report-export">
          <p>{t('report.explain')}</p>
          <RadioGroup
            value={identify}
            onChange={(v) => setIdentify(v as Identify)}
            isDisabled={busy || done}
            className="report-export__group"
          >
            <Label className="field__label">{t('report.identify')}</Label>
            <RadioOption value="code" description={t('report.codeOnlyHint')}>
              {t('report.codeOnly')}
            </RadioOption>
            <RadioOption value="codeAndName" description={t('report.withNameHint')}>
              {t('report.withName')}
            </RadioOption>
          </RadioGroup>
          <LanguageChoice
            value={language}
            onChange={setLanguage}
            size="large"
            label={t('report.language')}
            isDisabled={busy || done}
          />

          {busy ? (
            <p className="notice notice--info report-export__progress" role="status">
              <span className="report-export__spinner" aria-hidden="true" />
              {t('report.rendering')}
            </p>
          ) : outcome?.kind === 'saved' ? (
            <p className="notice notice--success" role="status">
              {t('report.saved')}
            </p>
          ) : outcome?.kind === 'cancelled' ? (
            <p className="notice notice--info" role="status">
              {t('report.cancelled')}
            </p>
          ) : (
            <FormError
              error={outcome?.kind === 'error' ? outcome.error : null}
              messages={{ RECORD_NOT_SIGNED: t('report.notSigned'), EXPORT_FAILED: t('report.failed') }}
            />
          )}

          <div className="form__actions">
            {done ? (
              <Button variant="primary" onPress={() => setOpen(false)} autoFocus>
                {t('report.close')}
              </Button>
            ) : (
              <>
                <Button variant="primary" isPending={busy} onPress={() => void exportPdf()}>
                  {t('report.create')}
                </Button>
                <Button variant="quiet" isDisabled={busy} onPress={() => setOpen(false)}>
                  {t('report.cancel')}
                </Button>
              </>
            )}
          </div>
        </div>
      </Dialog>
    </>
  );
}
