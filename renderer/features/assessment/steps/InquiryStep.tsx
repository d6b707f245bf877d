import { useTranslation } from 'react-i18next';
import type { Instrument } from '../../../../assessments/instruments';
import type { AssessmentPage, InquiryAnswers } from '../../../../electron/contract/assessmentChannels';
import { MAX_INQUIRY_ANSWER } from '../../../../electron/contract/assessmentChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { TextField } from '../../../components/TextField';
import { say } from '../../instruments/localized';
import { setInquiryAnswer } from '../model/draft';
import { drawnPageIds } from '../model/workflowSteps';
import type { LoadedPage } from '../usePageDrawings';
import { PageThumbnail } from './PageThumbnail';

type Props = {
  def: Instrument;
  pages: readonly AssessmentPage[];
  loaded: Readonly<Record<string, LoadedPage>>;
  inquiry: InquiryAnswers;
  onChange(next: InquiryAnswers): void;
  /** The questions are asked in the client's language. */
  clientLanguage: Language;
};

/**
 * Step 2: after the drawings, the instrument's questions about each drawn page, asked in the
 * client's language (and shown in the psychologist's beside it when theirs differs) with the page
 * beside them; the answers are written down in the client's words.
 */
export function InquiryStep({ def, pages, loaded, inquiry, onChange, clientLanguage }: Props) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language as Language;
  const drawn = new Set(drawnPageIds(pages));
  const asked = def.pages.filter((p) => p.inquiry.length > 0 && drawn.has(p.id));
  // Asked in the client's language; when the psychologist's differs, each question is also shown
  // in theirs, beneath it (issue 12, item 7), so they know what they are asking.
  const bilingual = ui !== clientLanguage;
  return (
    <div className="inquiry-step">
      <p className="lead">{t('assessment.inquiry.intro')}</p>
      {asked.length === 0 ? <p className="notice notice--info">{t('assessment.inquiry.nothingDrawn')}</p> : null}
      {asked.map((page) => {
        const headingId = `inquiry-page-${page.id}`;
        const shown = loaded[page.id];
        return (
          <section key={page.id} className="inquiry-page" aria-labelledby={headingId}>
            <h3 id={headingId} className="inquiry-page__title">
              {say(page.title, ui)}
            </h3>
            <div className="inquiry-page__body">
              {shown ? <PageThumbnail shown={shown} title={say(page.title, ui)} width={220} /> : null}
              <div className="inquiry-page__questions" lang={clientLanguage}>
                {page.inquiry.map((question) => (
                  <TextField
                    key={question.id}
                    className="inquiry-question"
                    label={say(question.text, clientLanguage)}
                    description={
                      bilingual ? (
                        <span lang={ui}>
                          <span className="visually-hidden">{t('assessment.inquiry.inYourLanguage')} </span>
                          {say(question.text, ui)}
                        </span>
                      ) : undefined
                    }
                    value={inquiry[page.id]?.[question.id] ?? ''}
                    onChange={(text) => onChange(setInquiryAnswer(inquiry, page.id, question.id, text))}
                    maxLength={MAX_INQUIRY_ANSWER}
                    multiline
                  />
                ))}
              </div>
            </div>
          </section>
        );
      })}
    </div>
  );
}
