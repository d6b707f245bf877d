import { useEffect, useState } from 'react';
import type { AssessmentSummary } from '../../../electron/contract/assessmentChannels';
import { type AppError, call } from '../../api';

export type SummariesLoad = { status: 'loading' } | { status: 'failed'; error: AppError } | { status: 'ready'; summaries: AssessmentSummary[] };

/**
 * The client's assessments, read once for the whole client page (the list and the timeline show
 * the same rows, and assessments:listForClient is audited, so asking twice would log two views).
 */
export function useAssessmentSummaries(clientId: string): { load: SummariesLoad; retry(): void } {
  // Keyed by client and attempt, so a stale answer never shows under another client.
  const [attempt, setAttempt] = useState(0);
  const key = `${clientId}#${attempt}`;
  const [loaded, setLoaded] = useState<{ key: string; load: SummariesLoad } | null>(null);
  const load: SummariesLoad = loaded?.key === key ? loaded.load : { status: 'loading' };

  useEffect(() => {
    let live = true;
    void call('assessments:listForClient', { clientId }).then((result) => {
      if (!live) return;
      setLoaded({ key, load: result.ok ? { status: 'ready', summaries: result.value } : { status: 'failed', error: result.error } });
    });
    return () => {
      live = false;
    };
  }, [clientId, key]);

  return { load, retry: () => setAttempt((n) => n + 1) };
}
