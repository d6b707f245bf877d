import { useTranslation } from 'react-i18next';
import type { Orientation } from '../../../../../assessments/drawing/page';
import type { Page as InstrumentPage } from '../../../../../assessments/instruments';
import type { AssessmentPage } from '../../../../../electron/contract/assessmentChannels';
import { Button } from '../../../../components/Button';
import { OrientationChoice } from '../../../drawing/OrientationChoice';
import type { LoadedPage } from '../../usePageDrawings';
import { PageThumbnail } from '../PageThumbnail';

type Props = {
  page: InstrumentPage;
  title: string;
  current: AssessmentPage | undefined;
  shown: LoadedPage | undefined;
  orientation: Orientation;
  /** The page being handed over, if any: every card waits for it. */
  busy: string | null;
  onOrientation(orientation: Orientation): void;
  onHandOver(): void;
  onPaper(): void;
  onRedraw(): void;
  onReplay(): void;
};

/** One page of the protocol: its thumbnail or state, and what can be done with it now. */
export function PageCard({
  page,
  title,
  current,
  shown,
  orientation,
  busy,
  onOrientation,
  onHandOver,
  onPaper,
  onRedraw,
  onReplay,
}: Props) {
  const { t } = useTranslation();
  const drawing = current?.drawing ?? null;
  const state = !drawing
    ? 'none'
    : drawing.status === 'in-progress'
      ? 'unfinished'
      : drawing.medium === 'paper'
        ? 'paper'
        : 'finished';
  const headingId = `page-card-${page.id}`;
  const forPage = <span className="visually-hidden">: {title}</span>;
  return (
    <li className={`page-card page-card--${state}`} aria-labelledby={headingId} data-page-id={page.id}>
      <h3 id={headingId} className="page-card__title">
        {title}
        {page.optional ? <span className="page-card__tag">{t('assessment.drawings.optional')}</span> : null}
      </h3>
      <div className="page-card__picture">
        {shown ? (
          <PageThumbnail shown={shown} title={title} width={180} />
        ) : (
          <span className="page-card__empty" aria-hidden="true">
            {state === 'finished' || state === 'paper' ? t('common.loading') : t(`assessment.drawings.state.${state}`)}
          </span>
        )}
      </div>
      <p className="page-card__state">{t(`assessment.drawings.state.${state}`)}</p>
      {!drawing && page.orientation === 'either' ? <OrientationChoice value={orientation} onChange={onOrientation} /> : null}
      <div className="page-card__actions">
        {state === 'none' || state === 'unfinished' ? (
          <Button variant="primary" isPending={busy === page.id} isDisabled={busy !== null} onPress={onHandOver}>
            {t(state === 'none' ? 'assessment.drawings.handOver' : 'assessment.drawings.continue')}
            {forPage}
          </Button>
        ) : null}
        {state === 'none' ? (
          <Button isDisabled={busy !== null} onPress={onPaper}>
            {t('assessment.drawings.paper')}
            {forPage}
          </Button>
        ) : null}
        {state === 'finished' || state === 'paper' ? (
          <Button isDisabled={busy !== null} onPress={onRedraw}>
            {t('assessment.drawings.again')}
            {forPage}
          </Button>
        ) : null}
        {shown ? (
          <Button onPress={onReplay}>
            {t(state === 'paper' ? 'assessment.drawings.view' : 'assessment.drawings.replay')}
            {forPage}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
