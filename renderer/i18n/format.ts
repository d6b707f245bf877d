/**
 * The renderer's dates and numbers. They live in common/format.ts, which the PDF report uses too,
 * so a screen and the paper write the same date and number the same way.
 */
export {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPercentOf,
  formatSigned,
} from '../../common/format';
