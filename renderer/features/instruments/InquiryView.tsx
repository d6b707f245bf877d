import { useTranslation } from 'react-i18next';
import { type Page, enterAnswer } from '../../../assessments/instruments';
import { TextField } from '../../components/TextField';
import { useInstrumentForm } from './formContext';
import { say } from './localized';

/** The questions asked after a page is drawn; answers are the client's own words, one per question. */
export function InquiryView({ page, level }: { page: Page; level: 2 | 3 }) {
  const { t } = useTranslation();
  const { language, state, update, readOnly } = useInstrumentForm();
  if (page.inquiry.length === 0) return null;
  const headingId = `inquiry-${page.id}`;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="form-section form-section--inquiry" aria-labelledby={headingId}>
      <Heading id={headingId} className="form-section__title">
        {t('instruments.form.inquiry')}
      </Heading>
      <p className="form-section__intro">{t('instruments.form.inquiryHelp')}</p>
      <div className="form-section__items">
        {page.inquiry.map((question) => {
          const value = state.answers[question.id]?.value;
          const text = typeof value === 'string' ? value : '';
          return readOnly ? (
            <div key={question.id} className="item form-item__readonly">
              <span className="form-item__label" lang={language}>
                {say(question.text, language)}
              </span>
              <span className="form-item__value">{text || t('instruments.answer.none')}</span>
            </div>
          ) : (
            <div key={question.id} className="form-item" lang={language}>
              <TextField
                label={say(question.text, language)}
                value={text}
                onChange={(v) => update((prev) => enterAnswer(prev, question.id, v === '' ? null : v))}
                multiline
                inputClassName="form-item__textarea"
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}
