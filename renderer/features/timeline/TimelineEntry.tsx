import { useTranslation } from 'react-i18next';
import { type Instrument, getInstrument } from '../../../assessments/instruments';
import type { Language } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { formatDate } from '../../i18n/format';
import { NameText } from '../instruments/NameText';
import { say } from '../instruments/localized';
import { LazyDrawingThumbnail } from '../drawing/thumbnail/LazyDrawingThumbnail';
import { formatScore } from './model/numbers';
import type { TimelineAssessment } from './model/types';

/** Page units to CSS pixels for thumbnails: an A4 portrait page is 66 × 93 px. */
const THUMB = { scale: 66 / 2100 };

type Props = {
  entry: TimelineAssessment;
  flagged: boolean;
  addendumCount: number;
  /** Thumbnails need drawings:get, which only psychologists may call. */
  showDrawings: boolean;
  onOpen(): void;
};

function pageTitle(instrument: Instrument | undefined, pageId: string, language: Language): string {
  const page = instrument?.pages.find((p) => p.id === pageId);
  return page ? say(page.title, language) : pageId;
}

/** One assessment on the timeline; the whole card opens it (Enter or Space when focused). */
export function TimelineEntry({ entry, flagged, addendumCount, showDrawings, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const instrument = getInstrument(entry.instrumentId);
  const name = instrument ? say(instrument.name, language) : entry.instrumentId;
  const scores = (instrument?.scales ?? []).flatMap((scale) => {
    const stored = entry.scales[scale.id];
    if (!stored || stored.value === null) return [];
    // The band stored with the result: an old signed result keeps the name it was signed with.
    return [
      {
        id: scale.id,
        name: say(scale.name, language),
        value: formatScore(language, stored.value),
        band: stored.band ? say(stored.band.label, language) : null,
      },
    ];
  });

  return (
    <Button variant="quiet" className="timeline-entry" data-status={entry.status} data-testid="timeline-entry" onPress={onOpen}>
      <span className="timeline-entry__head">
        <time className="timeline-entry__date" dateTime={entry.date}>
          {formatDate(language, new Date(entry.date))}
        </time>
        <span className={`timeline-entry__status timeline-entry__status--${entry.status}`}>
          {t(`timeline.status.${entry.status}`)}
        </span>
        {flagged ? <span className="timeline-entry__flag">{t('timeline.flagRaised')}</span> : null}
        {addendumCount > 0 ? (
          <span className="timeline-entry__addenda">{t('timeline.addenda', { count: addendumCount })}</span>
        ) : null}
      </span>
      <span className="timeline-entry__name">
        <NameText text={name} />
        <span className="timeline-entry__version">{t('timeline.version', { version: entry.instrumentVersion })}</span>
      </span>
      {scores.length > 0 ? (
        <span className="timeline-entry__scores">
          {scores.map((s) => (
            <span key={s.id} className="timeline-entry__score">
              {s.band
                ? t('timeline.scoreWithBand', { scale: s.name, value: s.value, band: s.band })
                : t('timeline.score', { scale: s.name, value: s.value })}
            </span>
          ))}
        </span>
      ) : null}
      {entry.drawings.length > 0 ? (
        <span className="timeline-entry__drawings">
          {entry.drawings.map((d) => {
            const label = pageTitle(instrument, d.pageId, language);
            return (
              <span key={d.drawingId} className="timeline-entry__drawing">
                {/* The page title below names the picture; hidden here so the button's name does not say it twice. */}
                {showDrawings ? (
                  <span aria-hidden="true">
                    <LazyDrawingThumbnail drawingId={d.drawingId} label={label} size={THUMB} testId="timeline-thumbnail" />
                  </span>
                ) : null}
                <span className="timeline-entry__page">{label}</span>
              </span>
            );
          })}
        </span>
      ) : null}
    </Button>
  );
}
