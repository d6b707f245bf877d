/** A metric's value, or why it has none; apart from metricTypes.ts so the metric modules can use it without a cycle. */
/** Why a metric has no value. A metric that cannot be computed is never given a made-up number. */
export type NotAvailableReason =
  /** No events and no finish time: nothing to time. */
  | 'noEvents'
  /** No stroke with an ink tool (pencil, coloured pencil, marker) was ever drawn. */
  | 'noInkStrokes'
  /** No stroke has length: every stroke is a single dot or stands still. */
  | 'noStrokeLength'
  /** Nothing is visible at the end (all undone, cleared or erased). */
  | 'noVisibleInk'
  /** Visible ink exists but lies entirely off the page. */
  | 'noInkOnPage'
  /** The visible ink has no length (dots only), so length-weighted measures are undefined. */
  | 'noVisibleInkLength'
  /** No ink point came from a pen; mouse and touch do not report pressure (docs/INSTRUMENTS.md). */
  | 'noPenInput'
  /** Pen points all carry the Pointer Events default (0, 0.5 or 1): the pen reports no pressure. */
  | 'pressureNotReported'
  /** No ink stroke lasted any time, so there is no speed. */
  | 'noPenDownTime';

export type Metric<T> = { value: T; reason?: undefined } | { value: null; reason: NotAvailableReason };
