import { readFileSync } from 'node:fs';
import { LEGAL_STATUS_GROUPS } from '../../../electron/contract/legalStatuses';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRENDS_TEXT, bandLabel, categoryLabel, periodLabel } from '../../../common/trendsText';
import { toCsv } from '../../../electron/backend/services/trends/export/csv';
import { exportTable } from '../../../electron/backend/services/trends/export/exportTable';
import { trendsFileName } from '../../../electron/backend/services/trends/export/exportTrends';
import { trendsCsv, trendsHtml } from '../../../electron/backend/services/trends/export/trendsFiles';
import type { TrendsCatalogue, TrendsView } from '../../../electron/contract/trendsChannels';
import { ROLES } from '../../../electron/contract/roles';
import { WORK_ROUTES, canOpen } from '../../../renderer/features/shell/routes';
import { defaultChoice, normalise } from '../../../renderer/features/trends/model/choice';
import { countSeries, countsGrid, statisticGrid } from '../../../renderer/features/trends/model/display';

/** Issue 14 §1–2 as the screen and the files show a view: hidden values are "<k", never blank or 0, in every place. */

const v = (value: number) => ({ kind: 'value' as const, value });
const hidden = { kind: 'suppressed' as const };

/** Two quarters of one year by unit, the small unit hidden, with a mean score per cell. */
const VIEW: TrendsView = {
  measure: 'questionnaireScores',
  instrumentId: 'phq9',
  metric: null,
  granularity: 'quarter',
  year: 2026,
  by: 'unit',
  k: 5,
  rows: ['2026-Q1', '2026-Q2'],
  columns: ['=HYPERLINK("x")', 'Отряд 2, "малый"'],
  counts: {
    cells: [
      [v(9), hidden],
      [v(0), hidden],
    ],
    rowTotals: [hidden, hidden],
    columnTotals: [v(9), hidden],
    grandTotal: v(12),
  },
  distinctPeople: false,
  statistic: {
    kind: 'score',
    grid: {
      cells: [
        [{ kind: 'stat', mean: 7.25, meanLow: 5.1, meanHigh: 9.4, median: 7, medianLow: 5, medianHigh: 10 }, hidden],
        [{ kind: 'empty' }, hidden],
      ],
      rowTotals: [hidden, hidden],
      columnTotals: [
        { kind: 'stat', mean: 7.25, meanLow: null, meanHigh: null, median: 7, medianLow: null, medianHigh: null },
        hidden,
      ],
      grandTotal: { kind: 'stat', mean: 8, meanLow: 6, meanHigh: 10, median: 8, medianLow: 6, medianHigh: 11 },
    },
  },
};

const context = { language: 'ru' as const, facilityName: 'ИК № 12', producedAt: new Date(2026, 4, 20, 9, 30) };

describe('a Trends view on screen', () => {
  it('shows every hidden count as hidden and every zero as 0, with the whole year as the last row', () => {
    const grid = countsGrid(VIEW, 'ru');
    expect(grid.rows.map((r) => r.label)).toEqual(['I квартал 2026', 'II квартал 2026', 'За весь 2026 год']);
    expect(grid.rows[1]!.cells).toEqual([{ kind: 'value', value: 0, text: '0' }, { kind: 'hidden' }]);
    expect(grid.rows[2]!.total).toEqual({ kind: 'value', value: 12, text: '12' });
    expect(grid.rows.flatMap((r) => [...r.cells, r.total]).filter((c) => c.kind === 'hidden')).toHaveLength(5);
  });

  it('leaves a hidden value out of the chart instead of drawing it as 0', () => {
    const [big, small] = countSeries(VIEW, 'ru', 'Итого');
    expect(big!.values).toEqual([9, 0]);
    expect(small!.values).toEqual([null, null]);
    expect(small!.hidden).toEqual([true, true]);
  });

  it('writes a statistic with its intervals, and says when there are no values', () => {
    const grid = statisticGrid(VIEW, 'ru')!;
    expect(grid.rows[0]!.cells[0]).toEqual({
      kind: 'stat',
      mean: '7,3',
      meanInterval: '5,1–9,4',
      median: '7',
      medianInterval: '5–10',
    });
    expect(grid.rows[1]!.cells[0]).toEqual({ kind: 'empty' });
    expect(grid.rows[1]!.cells[1]).toEqual({ kind: 'hidden' });
  });
});

describe('the Trends choice', () => {
  const catalogue: TrendsCatalogue = {
    k: 5,
    kMin: 5,
    years: [2026, 2025],
    measures: [
      {
        id: 'clientsSeen',
        instruments: [],
        by: ['unit', 'sex', 'outcome'],
        outcomes: ['new', 'returning'],
        statistic: null,
        metrics: [],
      },
      {
        id: 'drawingProcess',
        instruments: [
          { id: 'htp', kind: 'drawing', rci: false },
          { id: 'kfd', kind: 'drawing', rci: false },
        ],
        by: ['unit'],
        outcomes: null,
        statistic: 'median',
        metrics: ['durationMinutes', 'events'],
      },
    ],
    dimensions: [],
    bands: [],
  };

  it('starts with clients seen by quarter in the newest year, without a breakdown', () => {
    expect(defaultChoice(catalogue)).toEqual({
      measure: 'clientsSeen',
      instrumentId: null,
      metric: null,
      granularity: 'quarter',
      year: 2026,
      by: null,
    });
  });

  it('keeps only an instrument, a metric and a breakdown the measure offers', () => {
    const next = normalise(catalogue, { ...defaultChoice(catalogue), measure: 'drawingProcess', by: 'sex', year: 2019 });
    expect(next).toEqual({
      measure: 'drawingProcess',
      instrumentId: 'htp',
      metric: 'durationMinutes',
      granularity: 'quarter',
      year: 2026,
      by: null,
    });
    expect(normalise(catalogue, { ...next, measure: 'clientsSeen', by: 'outcome' })).toMatchObject({
      instrumentId: null,
      metric: null,
      by: 'outcome',
    });
  });
});

describe('the CSV of a Trends view', () => {
  const csv = trendsCsv(exportTable(VIEW, context));
  const text = csv.toString('utf8');
  const lines = text.replace(/^\ufeff/, '').split('\r\n');

  it('is UTF-8 with a byte-order mark and CRLF line ends, as spreadsheets read it', () => {
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes "<5" for every hidden value, never a blank or 0 in its place', () => {
    const table = lines.slice(lines.findIndex((l) => l.startsWith(`Период,"'=`)));
    expect(table.slice(0, 4)).toEqual([
      `Период,"'=HYPERLINK(""x"")","Отряд 2, ""малый""",Итого`,
      'I квартал 2026,9,<5,<5',
      'II квартал 2026,0,<5,<5',
      'За весь 2026 год,9,<5,12',
    ]);
  });

  it('lists the statistic line by line, hidden as "<5", and the notes with the k in force', () => {
    expect(lines).toContain(`I квартал 2026,"'=HYPERLINK(""x"")",7.25,5.1,9.4,7,5,10`);
    expect(lines).toContain('I квартал 2026,"Отряд 2, ""малый""",<5,,,,,');
    expect(lines).toContain('За весь 2026 год,Итого,8,6,10,8,6,11');
    expect(text).toContain(TRENDS_TEXT.ru.suppressed(5));
    expect(text).toContain(TRENDS_TEXT.ru.statisticsRule(5));
  });

  it('turns a text that a spreadsheet would run as a formula into plain text, and leaves numbers as numbers', () => {
    expect(toCsv([['=1+1', '+7', '-x', '@a', 'ok', -3, 2.5]]).toString('utf8')).toBe("\ufeff'=1+1,'+7,'-x,'@a,ok,-3,2.5\r\n");
  });

  it('is named after the table, never after a person', () => {
    expect(
      trendsFileName(
        { measure: 'questionnaireScores', instrumentId: 'phq9', granularity: 'quarter', year: 2026, by: 'unit' },
        'csv',
      ),
    ).toBe('trends-questionnaireScores-phq9-2026-quarter-by-unit.csv');
    expect(trendsFileName({ measure: 'clientsSeen', granularity: 'year', year: 2025, by: null }, 'pdf')).toBe(
      'trends-clientsSeen-2025-year.pdf',
    );
  });
});

describe('the PDF page of a Trends view', () => {
  it('escapes every name it prints, forbids scripts, and shows "<5" where the table hides a value', () => {
    const html = trendsHtml(exportTable({ ...VIEW, columns: ['<img src=x onerror=alert(1)>', null] }, context), 'ru');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<span class="hidden-value">&lt;5</span>');
    expect(html).toContain('Не указано');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('the words of Trends', () => {
  it('names periods in each language', () => {
    expect(periodLabel('kk', '2026-Q3')).toBe('2026 ж. III тоқсан');
    expect(periodLabel('ru', '2026-03')).toBe('Март 2026');
    expect(periodLabel('en', '2026')).toBe('2026');
  });

  it('names a questionnaire band by the definition, and results outside every band as such', () => {
    expect(bandLabel('en', 'phq9', '5-9')).toMatch(/\(5–9\)$/);
    expect(bandLabel('ru', 'phq9', 'none')).toBe('Вне диапазонов');
  });

  it('calls categories what the rest of the app calls them', () => {
    type Dict = Record<string, Record<string, Record<string, string>>>;
    for (const language of ['kk', 'ru', 'en'] as const) {
      const i18n = JSON.parse(
        readFileSync(resolve(import.meta.dirname, `../../../renderer/i18n/${language}.json`), 'utf8'),
      ) as Dict;
      for (const sex of ['female', 'male']) expect(categoryLabel(language, 'sex', sex)).toBe(i18n.clients!.sexes![sex]);
      // Trends classifies by the legal status group: a sentence whatever the institution's security level.
      for (const group of LEGAL_STATUS_GROUPS)
        expect(categoryLabel(language, 'legalStatus', group)).toBe(
          group === 'serving-sentence' ? i18n.legalStatus!.groups![group] : i18n.clients!.legalStatuses![group],
        );
      for (const programme of ['psychosocial-adaptation', 'anger-management', 'addiction-recovery', 'pre-release', 'other'])
        expect(categoryLabel(language, 'programmeType', programme)).toBe(i18n.groups!.programmes![programme]);
      expect(categoryLabel(language, 'unit', null)).toBe(i18n.clients!.notRecorded);
    }
  });
});

describe('the Trends area in the navigation', () => {
  it('is listed for supervisors, admins and psychologists, never for a facilitator alone', () => {
    expect(WORK_ROUTES).toContain('trends');
    expect(ROLES.filter((role) => canOpen('trends', [role]))).toEqual(['admin', 'psychologist', 'supervisor']);
  });
});
