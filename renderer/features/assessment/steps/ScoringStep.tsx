import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import { type FormState, type Instrument, suggestionsFromDrawings } from '../../../../assessments/instruments';
import type { Language } from '../../../../electron/contract/schemas';
import { InstrumentCaveats } from '../../instruments/InstrumentCaveats';
import { InstrumentForm } from '../../instruments/InstrumentForm';
import type { Draft } from '../model/draft';
import { formWithInquiry, splitInquiry } from '../model/inquiryForm';
import type { LoadedPage } from '../usePageDrawings';

type Props = {
  def: Instrument;
  draft: Draft;
  loaded: Readonly<Record<string, LoadedPage>>;
  onForm(form: Draft['form']): void;
  onInquiry(inquiry: Draft['inquiry']): void;
};

/**
 * Step 3 of a drawing protocol: the instrument's form, with suggestions from the process metrics
 * of the stored digital drawings (never of a paper scan, which has no process) to accept or
 * override. The page's inquiry shows beside its items, the same answers as the inquiry step. The
 * instrument's caveats stand above the form, where the answers are decided (issue 13 §6).
 */
export function ScoringStep({ def, draft, loaded, onForm, onInquiry }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const suggestions = useMemo(() => {
    const digital: Record<string, TypedDrawing> = {};
    for (const [pageId, page] of Object.entries(loaded)) if (!page.image) digital[pageId] = page.drawing;
    return suggestionsFromDrawings(def, digital);
  }, [def, loaded]);
  const value = useMemo(() => formWithInquiry(def, draft.form, draft.inquiry), [def, draft.form, draft.inquiry]);
  const inquiryJson = JSON.stringify(draft.inquiry);
  const change = useCallback(
    (next: FormState) => {
      const split = splitInquiry(def, next);
      onForm(split.form);
      if (JSON.stringify(split.inquiry) !== inquiryJson) onInquiry(split.inquiry);
    },
    [def, onForm, onInquiry, inquiryJson],
  );
  return (
    <div className="scoring-step">
      <p className="lead">{t(suggestions.length > 0 ? 'assessment.scoring.introSuggestions' : 'assessment.scoring.intro')}</p>
      <InstrumentCaveats def={def} />
      <InstrumentForm definition={def} language={language} value={value} onChange={change} suggestions={suggestions} />
    </div>
  );
}
