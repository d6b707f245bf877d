import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import { type Instrument, type Suggestion, suggestionsFromDrawings } from '../../../../assessments/instruments';
import { Select } from '../../../components/Select';
import { currentLanguage } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';
import { type DrawingInfo, listDrawings, loadDrawing } from '../../drawing/storage/drawingsApi';
import { say } from '../localized';

const NONE = 'none';

/**
 * Suggestions for the practice form from a real recorded drawing of this instrument: the
 * psychologist picks one of the finished drawings made for one of its pages, and its process
 * metrics are computed here (assessments/drawing) and offered beside the items. Opening a
 * drawing is audited by the backend like any view.
 */
export function DrawingMetricsPicker({ def, onSuggestions }: { def: Instrument; onSuggestions(s: Suggestion[]): void }) {
  const { t } = useTranslation();
  const [drawings, setDrawings] = useState<DrawingInfo[]>([]);
  const [chosen, setChosen] = useState<string>(NONE);
  const [failed, setFailed] = useState(false);
  const offersMetrics = def.metricSuggestions.length > 0;

  useEffect(() => {
    // An instrument with no metric suggestions shows no picker, so it needs no list.
    if (!offersMetrics) return;
    let live = true;
    void listDrawings().then((result) => {
      if (!live || !result.ok) return;
      setDrawings(
        result.value.filter((d) => d.instrumentId === def.id && d.pageId && d.status === 'finished' && d.medium === 'digital'),
      );
    });
    return () => {
      live = false;
    };
  }, [def.id, offersMetrics]);

  async function choose(id: string): Promise<void> {
    setChosen(id);
    setFailed(false);
    const info = drawings.find((d) => d.id === id);
    if (!info?.pageId) return onSuggestions([]);
    const loaded = await loadDrawing(id);
    if (!loaded.ok) {
      setFailed(true);
      return onSuggestions([]);
    }
    const byPage: Record<string, TypedDrawing> = { [info.pageId]: loaded.value.drawing };
    onSuggestions(suggestionsFromDrawings(def, byPage));
  }

  if (!offersMetrics) return null;
  if (drawings.length === 0) return <p className="practice-metrics__empty">{t('instruments.practice.noDrawings')}</p>;
  const language = currentLanguage();
  const pageName = (pageId: string | null) => say(def.pages.find((p) => p.id === pageId)?.title ?? def.name, language);
  const options = [
    { id: NONE, label: t('instruments.practice.noDrawing') },
    ...drawings.map((d) => ({ id: d.id, label: `${pageName(d.pageId)} — ${formatDateTime(language, new Date(d.createdAt))}` })),
  ];
  return (
    <div className="practice-metrics">
      <Select label={t('instruments.practice.metricsFrom')} options={options} value={chosen} onChange={(id) => void choose(id)} />
      {failed ? <p className="field__error">{t('errors.INTERNAL')}</p> : null}
    </div>
  );
}
