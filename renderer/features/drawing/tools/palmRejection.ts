/**
 * Palm rejection: a hand resting on a tablet touches the screen while the pen draws. Touch is
 * ignored while a pen is in contact, and for a short while after the pen was last seen (down,
 * moving, hovering or lifted), the usual rule of pen-first drawing apps (e.g. Apple's "only
 * draw with Apple Pencil", Windows Ink's palm rejection window).
 */
export const PALM_WINDOW_MS = 500;

export class PalmRejection {
  private penContacts = new Set<number>();
  private lastPenT = Number.NEGATIVE_INFINITY;

  constructor(private readonly windowMs = PALM_WINDOW_MS) {}

  /** A pen was seen at `t` (any pen event, including hover). */
  penSeen(t: number): void {
    if (t > this.lastPenT) this.lastPenT = t;
  }

  penDown(pointerId: number, t: number): void {
    this.penContacts.add(pointerId);
    this.penSeen(t);
  }

  penUp(pointerId: number, t: number): void {
    this.penContacts.delete(pointerId);
    this.penSeen(t);
  }

  /** Whether the pen is touching the screen now. */
  get penInContact(): boolean {
    return this.penContacts.size > 0;
  }

  /** Whether a touch beginning at `t` may draw. */
  acceptsTouch(t: number): boolean {
    return !this.penInContact && t - this.lastPenT > this.windowMs;
  }
}
