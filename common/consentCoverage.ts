/**
 * Whether a client's consents cover an activity (issue 12, item 4). The one rule both sides use:
 * the backend enforces it (services/clients/consentCheck.ts), the renderer warns with it before the
 * action. A consent is in force from the moment it is recorded until it is withdrawn.
 */

/** Activities that need a consent covering them before they begin: the scope names of clientChannels.ts. */
export const CONSENT_ACTIVITIES = ['assessment', 'group-therapy'] as const;
export type ConsentActivity = (typeof CONSENT_ACTIVITIES)[number];

/** What coverage needs of a consent: its scope and whether it was withdrawn. */
export type ConsentLike = { scope: readonly string[]; withdrawn: boolean };

/**
 * 'covered': a consent in force includes the activity. 'withdrawn': none in force does, and one that
 * did was withdrawn — only a new consent opens the activity again, no reason overrides a refusal.
 * 'none': no consent ever covered it — the activity may go ahead with a recorded reason
 * (for example a court-ordered assessment).
 */
export type ConsentCoverage = 'covered' | 'withdrawn' | 'none';

export function consentCoverage(consents: readonly ConsentLike[], activity: ConsentActivity): ConsentCoverage {
  const covering = consents.filter((c) => c.scope.includes(activity));
  if (covering.some((c) => !c.withdrawn)) return 'covered';
  return covering.length > 0 ? 'withdrawn' : 'none';
}
