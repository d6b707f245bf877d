import { useTranslation } from 'react-i18next';
import type { ShownCount, ShownGrid, ShownStat } from './model/display';

type HiddenProps = { k: number; noteId: string };

/**
 * A hidden value: "<k", focusable, so the keyboard reaches its explanation (a tip on focus and hover,
 * and the note under the table, which it is described by). Never blank, never 0 (issue 14 §2).
 */
export function HiddenValue({ k, noteId }: HiddenProps) {
  const { t } = useTranslation();
  const tip = t('trends.hiddenTip', { k });
  return (
    <span className="trends-hidden" tabIndex={0} aria-describedby={noteId} data-tip={tip}>
      <span aria-hidden="true">{`<${k}`}</span>
      <span className="visually-hidden">{t('trends.hiddenValue', { k })}</span>
    </span>
  );
}

type GridProps<C> = {
  caption: string;
  periodHeading: string;
  totalHeading: string;
  grid: ShownGrid<C>;
  renderCell: (cell: C) => React.ReactNode;
  testId: string;
};

function Grid<C>({ caption, periodHeading, totalHeading, grid, renderCell, testId }: GridProps<C>) {
  return (
    <div className="table-wrap trends-table" data-testid={testId}>
      <table className="table table--compact">
        <caption className="trends-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{periodHeading}</th>
            {grid.columns.map((c, j) => (
              <th scope="col" key={j} className="num">
                {c}
              </th>
            ))}
            <th scope="col" className="num">
              {totalHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.key} className={row.isYear ? 'trends-table__year' : undefined}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, j) => (
                <td key={j} className="num">
                  {renderCell(cell)}
                </td>
              ))}
              <td className="num trends-table__total">{renderCell(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type TableProps<C> = Omit<GridProps<C>, 'renderCell' | 'testId'> & HiddenProps;

/** The counts with their margins: the periods' rows, the whole year's row, the row totals. */
export function CountsTable({ k, noteId, ...props }: TableProps<ShownCount>) {
  return (
    <Grid
      {...props}
      testId="trends-counts"
      renderCell={(cell) => (cell.kind === 'value' ? cell.text : <HiddenValue k={k} noteId={noteId} />)}
    />
  );
}

/** The statistic, cell by cell like the counts: the mean with its 95% interval, the median with its own below. */
export function StatisticTable({ k, noteId, ...props }: TableProps<ShownStat>) {
  const { t } = useTranslation();
  return (
    <Grid
      {...props}
      testId="trends-statistic"
      renderCell={(cell) => {
        if (cell.kind === 'hidden') return <HiddenValue k={k} noteId={noteId} />;
        if (cell.kind === 'empty') return <span className="trends-empty">{t('trends.noValues')}</span>;
        return (
          <>
            <span className="trends-stat">
              {cell.mean}
              {cell.meanInterval ? <span className="trends-stat__interval"> ({cell.meanInterval})</span> : null}
            </span>
            {cell.median !== null ? (
              <span className="trends-stat trends-stat--median">
                {t('trends.medianShort', { value: cell.median })}
                {cell.medianInterval ? <span className="trends-stat__interval"> ({cell.medianInterval})</span> : null}
              </span>
            ) : null}
          </>
        );
      }}
    />
  );
}
