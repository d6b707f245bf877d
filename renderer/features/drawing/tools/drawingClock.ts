/**
 * The drawing clock: milliseconds since the drawing started, from the same high-resolution
 * clock as `PointerEvent.timeStamp` (performance.now()), so coalesced samples keep their own
 * times. A resumed drawing continues from where its record ends (after the recorded gap).
 */
export class DrawingClock {
  private readonly origin: number;

  /** `startAt`: the drawing-clock time that `now()` reads at construction. */
  constructor(
    private readonly perfNow: () => number,
    startAt = 0,
  ) {
    this.origin = perfNow() - startAt;
  }

  now(): number {
    return this.perfNow() - this.origin;
  }

  /** Drawing-clock time of an event stamped on the performance clock. */
  at(eventTimeStamp: number): number {
    return eventTimeStamp - this.origin;
  }
}
