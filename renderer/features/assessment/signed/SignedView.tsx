import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instrument, Language } from '../../../../assessments/instruments';
import { shownSections } from '../../../../assessments/instruments/observationRows';
import { type Assessment, MAX_ADDENDUM } from '../../../../electron/contract/assessmentChannels';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/TextField';
import { formatDateTime } from '../../../i18n/format';
import { InstrumentCaveats } from '../../instruments/InstrumentCaveats';
import { InstrumentForm } from '../../instruments/InstrumentForm';
import { say } from '../../instruments/localized';
import { ExportReportButton } from '../../report/ExportReportButton';
import { formWithInquiry } from '../model/inquiryForm';
import { DrawingThumbnail } from '../../drawing/thumbnail/DrawingThumbnail';
import { PasswordConfirmDialog } from '../../vault/PasswordConfirmDialog';
import type { LoadedPage } from '../usePageDrawings';

type Props = {
  assessment: Assessment;
  def: Instrument;
  loaded: Readonly<Record<string, LoadedPage>>;
  onChanged(next: Assessment): void;
};

/**
 * A signed assessment: read-only everywhere (the backend refuses any change), with the stored
 * scores (with the instrument's caveats, issue 13 §6), the conclusion, referrals, the signature
 * line, and the addenda after the original.
 * Corrections are addenda, signed with the password like the original.
 */
export function SignedView({ assessment, def, loaded, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState('');
  const value = useMemo(
    () => formWithInquiry(def, assessment.form, assessment.inquiry),
    [def, assessment.form, assessment.inquiry],
  );
  // The form as the PDF shows it (observationRows.ts): the sections of optional pages that were
  // not drawn (HTP's chromatic phase) are left out, on screen as in the report (issue 12, item 3).
  const shown = useMemo((): Instrument => {
    const drawn = assessment.pages.filter((p) => p.drawing !== null).map((p) => p.pageId);
    const sections = shownSections(def, drawn);
    const pages = def.pages.filter((p) => !p.optional || drawn.includes(p.id));
    return { ...def, pages, sections } as Instrument;
  }, [def, assessment.pages]);
  const signature = assessment.signature;

  const addAddendum = async (password: string): Promise<AppError | null> => {
    const result = await call('assessments:addAddendum', { id: assessment.id, text, password });
    if (!result.ok) return result.error;
    setAdding(false);
    setText('');
    onChanged(result.value);
    return null;
  };

  return (
    <div className="signed-view">
      <p className="notice notice--info">{t('assessment.signed.readOnly')}</p>
      <div className="signed-view__actions">
        <ExportReportButton assessmentId={assessment.id} />
        <Button onPress={() => setAdding(true)}>{t('assessment.addendum.add')}</Button>
      </div>

      {def.pages.length > 0 ? (
        <section aria-labelledby="signed-drawings" className="signed-section">
          <h2 id="signed-drawings">{t('assessment.signed.drawings')}</h2>
          <ul className="signed-thumbs">
            {def.pages.map((page) => {
              const shown = loaded[page.id];
              if (!shown) return null;
              const title = say(page.title, language);
              return (
                <li key={page.id} className="signed-thumbs__item">
                  <DrawingThumbnail
                    drawing={shown.drawing}
                    image={shown.image}
                    size={{ width: 160 }}
                    label={t('assessment.drawings.thumbnail', { page: title })}
                    testId="page-thumbnail"
                  />
                  <span>{title}</span>
                  {/* Issue 13 §7: where the client could turn the sheet (PPAT), the orientation used. */}
                  {page.orientation === 'either' ? (
                    <span className="muted">
                      {t('instruments.caveats.orientationUsed', {
                        orientation: t(`instruments.orientation.${shown.drawing.page.orientation}`),
                      })}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="signed-form" className="signed-section">
        <h2 id="signed-form">{t('assessment.signed.form')}</h2>
        <InstrumentCaveats def={def} />
        <InstrumentForm definition={shown} language={language} value={value} readOnly result={assessment.scores} />
      </section>

      <section aria-labelledby="signed-conclusion" className="signed-section">
        <h2 id="signed-conclusion">{t('assessment.conclusion.conclusion')}</h2>
        <p className="signed-text">{assessment.conclusion}</p>
        <h3>{t('assessment.conclusion.recommendations')}</h3>
        <p className="signed-text">{assessment.recommendations || t('assessment.signed.none')}</p>
        <h3>{t('assessment.referrals.title')}</h3>
        {assessment.referrals.length === 0 ? (
          <p>{t('assessment.signed.none')}</p>
        ) : (
          <ul className="signed-referrals">
            {assessment.referrals.map((r) => (
              <li key={r.kind}>
                <strong>{t(`assessment.referrals.kinds.${r.kind}`)}</strong>
                {r.note ? `: ${r.note}` : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {signature ? (
        <p className="signature-line" data-testid="signature-line">
          {t('assessment.signed.signature', {
            name: signature.by.fullName,
            date: formatDateTime(language, new Date(signature.at)),
          })}
        </p>
      ) : null}

      <section aria-labelledby="signed-addenda" className="signed-section">
        <h2 id="signed-addenda">{t('assessment.addendum.title')}</h2>
        {assessment.addenda.length === 0 ? (
          <p className="muted">{t('assessment.addendum.none')}</p>
        ) : (
          <ol className="addenda">
            {assessment.addenda.map((a) => (
              <li key={a.id} className="addendum">
                <p className="signed-text">{a.text}</p>
                <p className="addendum__signature">
                  {t('assessment.signed.signature', { name: a.by.fullName, date: formatDateTime(language, new Date(a.at)) })}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <PasswordConfirmDialog
        isOpen={adding}
        title={t('assessment.addendum.dialogTitle')}
        explain={t('assessment.addendum.explain')}
        submitLabel={t('assessment.addendum.submit')}
        passwordLabel={t('assessment.sign.password')}
        wrongPasswordMessage={t('drawing.exit.wrongPassword')}
        canSubmit={text.trim() !== ''}
        onSubmit={addAddendum}
        onCancel={() => setAdding(false)}
      >
        <TextField
          label={t('assessment.addendum.text')}
          value={text}
          onChange={setText}
          maxLength={MAX_ADDENDUM}
          multiline
          autoFocus
          inputClassName="workflow-text"
        />
      </PasswordConfirmDialog>
    </div>
  );
}
