import { useCallback } from 'react';
import type { AssessmentSummary } from '../../../electron/contract/assessmentChannels';
import { type AppError, call } from '../../api';
import { useLoaded } from '../../hooks/useLoaded';

export type SummariesLoad =
  { status: 'loading' } | { status: 'failed'; error: AppError } | { status: 'ready'; summaries: AssessmentSummary[] };

/**
 * The client's assessments, read once for the whole client page (the list and the timeline show
 * the same rows, and assessments:listForClient is audited, so asking twice would log two views).
 */
export function useAssessmentSummaries(clientId: string): { load: SummariesLoad; retry(): void } {
  const { value, error, loading, reload } = useLoaded(
    useCallback(() => call('assessments:listForClient', { clientId }), [clientId]),
  );
  // Loading again for another client or a retry: an older answer never shows under another client.
  const load: SummariesLoad =
    loading || (value === null && error === null)
      ? { status: 'loading' }
      : error
        ? { status: 'failed', error }
        : { status: 'ready', summaries: value ?? [] };
  return { load, retry: reload };
}
