import type { AssessmentSummary } from '../../../../electron/contract/assessmentChannels';

/** Drafts first (work to resume), each group newest first by its last change or signature. */
export function sortForClientPage(rows: readonly AssessmentSummary[]): AssessmentSummary[] {
  const when = (r: AssessmentSummary) => r.signedAt ?? r.updatedAt;
  return [...rows].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'draft' ? -1 : 1;
    return when(b).localeCompare(when(a));
  });
}
