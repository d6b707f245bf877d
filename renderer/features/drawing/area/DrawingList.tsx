import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/contract/schemas';
import { Button } from '../../../components/Button';
import { formatDateTime } from '../../../i18n/format';
import { findPage, localized } from '../drawingSetup';
import type { DrawingInfo, DrawingListItem } from '../storage/drawingsApi';

type Props = { drawings: DrawingListItem[]; onReplay: (id: string) => void; onResume: (info: DrawingInfo) => void };

/** What was drawn, in words: the instrument page, or a free drawing. */
export function useDrawingTitle(): (info: DrawingInfo) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (info) => {
    const option = findPage(info.instrumentId, info.pageId);
    if (!option) return info.medium === 'paper' ? t('drawing.paper.pageLabel') : t('drawing.list.ownTask');
    const name = localized(option.instrument.name, language);
    return option.instrument.pages.length > 1 ? `${name}: ${localized(option.page.title, language)}` : name;
  };
}

/** The drawings as a table; an unfinished one is marked and offers "Resume". */
export function DrawingList({ drawings, onReplay, onResume }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const title = useDrawingTitle();
  return (
    <div className="table-wrap">
      <table className="table drawing-list">
        <caption className="visually-hidden">{t('drawing.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('drawing.list.date')}</th>
            <th scope="col">{t('drawing.list.client')}</th>
            <th scope="col">{t('drawing.list.task')}</th>
            <th scope="col">{t('drawing.list.orientation')}</th>
            <th scope="col">{t('drawing.list.status')}</th>
            <th scope="col">{t('drawing.list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {drawings.map((info) => {
            const name = `${title(info)}, ${formatDateTime(language, new Date(info.createdAt))}`;
            const unfinished = info.status === 'in-progress';
            return (
              <tr key={info.id}>
                <th scope="row" className="nowrap">
                  {formatDateTime(language, new Date(info.createdAt))}
                </th>
                <td className="nowrap" data-testid="drawing-client">
                  {info.clientCode ? (
                    <span className="client-code-inline">{info.clientCode}</span>
                  ) : info.practice ? (
                    <span className="status status--practice">{t('drawing.list.practice')}</span>
                  ) : (
                    <span className="muted">{t('drawing.list.noClient')}</span>
                  )}
                </td>
                <td>
                  {title(info)}
                  {info.medium === 'paper' ? <span className="drawing-medium">{t('drawing.paper.medium')}</span> : null}
                </td>
                <td>{t(`drawing.orientation.${info.orientation}`)}</td>
                <td>
                  <span className={unfinished ? 'status status--unfinished' : 'status status--active'}>
                    {unfinished ? t('drawing.list.inProgress') : t('drawing.list.finished')}
                  </span>
                </td>
                <td>
                  <div className="table__actions">
                    {unfinished ? (
                      <Button
                        variant="primary"
                        className="button--small"
                        aria-label={t('drawing.list.actionFor', { action: t('drawing.list.resume'), name })}
                        onPress={() => onResume(info)}
                      >
                        {t('drawing.list.resume')}
                      </Button>
                    ) : null}
                    <Button
                      className="button--small"
                      aria-label={t('drawing.list.actionFor', { action: t('drawing.list.replay'), name })}
                      onPress={() => onReplay(info.id)}
                    >
                      {t('drawing.list.replay')}
                    </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
