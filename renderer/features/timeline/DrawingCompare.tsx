import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getInstrument } from '../../../assessments/instruments';
import { pageSize } from '../../../assessments/drawing/page';
import type { Language } from '../../../electron/contract/schemas';
import { Select } from '../../components/Select';
import { formatDate, formatDateTime } from '../../i18n/format';
import { say } from '../instruments/localized';
import { CompareSide } from './CompareSide';
import { type ComparablePage, choosePair, defaultPair } from './model/compare';

/** The box each page is fitted into; both sides use the smaller of their two fits, so they share one scale. */
const BOX = { width: 420, height: 560 };

/** The instrument's code and the page's title in the UI language ("HTP", "Tree"). */
function pageNames(page: ComparablePage, language: Language): { instrument: string; page: string } {
  const instrument = getInstrument(page.instrumentId);
  const title = instrument?.pages.find((p) => p.id === page.pageId)?.title;
  return { instrument: instrument?.code ?? page.instrumentId, page: title ? say(title, language) : page.pageId };
}

/** Dates of a page's drawings; the time is added where two fall on one day, so no two options read the same. */
function drawingLabels(page: ComparablePage, language: Language): Map<string, string> {
  const days = page.drawings.map((d) => formatDate(language, new Date(d.date)));
  return new Map(
    page.drawings.map((d, i) => [
      d.drawingId,
      days.filter((day) => day === days[i]).length > 1 ? formatDateTime(language, new Date(d.date)) : days[i]!,
    ]),
  );
}

/**
 * Two drawings of the same page side by side (two "tree" pages of House-Tree-Person from
 * different dates) at the same scale, each with its date and a few process metrics.
 */
export function DrawingCompare({ pages }: { pages: ComparablePage[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [pageKey, setPageKey] = useState(pages[0]!.key);
  const page = pages.find((p) => p.key === pageKey) ?? pages[0]!;
  const [pairs, setPairs] = useState<Record<string, [string, string]>>({});
  const pair = pairs[page.key] ?? defaultPair(page);
  const labels = useMemo(() => drawingLabels(page, language), [page, language]);
  const pageLabel = (p: ComparablePage) => t('timeline.compare.pageOption', pageNames(p, language));
  const title = pageLabel(page);

  // Drawings of one page share its orientation except on 'either' pages; the scale fits the larger of the two.
  const orientation = getInstrument(page.instrumentId)?.pages.find((p) => p.id === page.pageId)?.orientation;
  const sizes = (orientation === 'either' ? (['portrait', 'landscape'] as const) : ([orientation ?? 'portrait'] as const)).map(
    (o) => pageSize({ orientation: o }),
  );
  const scale = Math.min(...sizes.map((s) => Math.min(BOX.width / s.width, BOX.height / s.height)));
  const boxWidth = Math.ceil(Math.max(...sizes.map((s) => s.width)) * scale);
  const boxHeight = Math.ceil(Math.max(...sizes.map((s) => s.height)) * scale);

  const options = page.drawings.map((d) => ({
    id: d.drawingId,
    label: d.status === 'draft' ? t('timeline.compare.draftOption', { date: labels.get(d.drawingId) }) : labels.get(d.drawingId)!,
  }));
  const choose = (side: 0 | 1) => (drawingId: string) =>
    setPairs((all) => ({ ...all, [page.key]: choosePair(page, pair, side, drawingId) }));

  return (
    <div className="compare" data-testid="drawing-compare">
      <div className="compare__choices">
        {pages.length > 1 ? (
          <Select
            label={t('timeline.compare.page')}
            options={pages.map((p) => ({ id: p.key, label: pageLabel(p) }))}
            value={page.key}
            onChange={setPageKey}
          />
        ) : (
          <p className="compare__only">{title}</p>
        )}
        <Select label={t('timeline.compare.left')} options={options} value={pair[0]} onChange={choose(0)} />
        <Select label={t('timeline.compare.right')} options={options} value={pair[1]} onChange={choose(1)} />
      </div>
      <p className="compare__note muted">{t('timeline.compare.sameScale')}</p>
      <div className="compare__sides">
        {pair.map((drawingId) => (
          <CompareSide
            key={drawingId}
            drawingId={drawingId}
            heading={labels.get(drawingId)!}
            pageLabel={pageNames(page, language).page}
            scale={scale}
            boxWidth={boxWidth}
            boxHeight={boxHeight}
          />
        ))}
      </div>
    </div>
  );
}
