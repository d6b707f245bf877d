import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment } from '../../../electron/contract/assessmentChannels';
import type { Result } from '../../../electron/contract/errors';
import { type AppError, call } from '../../api';
import { usePendingSave } from '../../hooks/pendingSaves';
import { type Draft, type DraftPart, draftOf, savePayload } from './model/draft';

/** How long typing may pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1000;

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface AssessmentDraft {
  assessment: Assessment | null;
  loadError: AppError | null;
  draft: Draft | null;
  saveState: SaveState;
  saveError: AppError | null;
  /** Changes one part of the draft; it is saved after a pause in typing. */
  change<P extends DraftPart>(part: P, value: Draft[P]): void;
  /** Saves what is not saved yet, now; true when nothing is left unsaved. */
  flush(): Promise<boolean>;
  /** Reads the assessment again (after client mode, a paper scan); unsaved parts of the draft are kept. */
  reload(): Promise<void>;
  /** Takes an assessment the backend returned (signed, an addendum added). */
  replace(next: Assessment): void;
}

/**
 * One assessment and its draft, autosaved: every change is kept on screen at once and sent
 * (only the changed parts) after AUTOSAVE_DELAY_MS without changes. A failed save keeps the
 * parts as unsaved and says so; the next change or "Try again" sends them again. Leaving the
 * screen (client mode unmounts it) sends what is pending first.
 */
export function useAssessmentDraft(assessmentId: string): AssessmentDraft {
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const latest = useRef<Draft | null>(null);
  const dirty = useRef(new Set<DraftPart>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const mounted = useRef(true);

  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // One save at a time, in order: a later save must not be overtaken by an earlier one.
    while (inFlight.current) await inFlight.current;
    const current = latest.current;
    if (!current || dirty.current.size === 0) return true;
    const parts = new Set(dirty.current);
    dirty.current.clear();
    const run = (async () => {
      if (mounted.current) setSaveState('saving');
      const result = await call('assessments:saveDraft', savePayload(assessmentId, current, parts));
      if (!result.ok) {
        for (const part of parts) dirty.current.add(part);
        if (mounted.current) {
          setSaveError(result.error);
          setSaveState('failed');
        }
        return false;
      }
      if (mounted.current) {
        setSaveError(null);
        setAssessment((prev) => (prev ? { ...prev, ...result.value } : prev));
        setSaveState(dirty.current.size > 0 ? 'pending' : 'saved');
      }
      return true;
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [assessmentId]);

  const apply = useCallback((result: Result<Assessment>) => {
    if (!mounted.current) return;
    if (!result.ok) return setLoadError(result.error);
    setLoadError(null);
    setAssessment(result.value);
    const stored = draftOf(result.value);
    const kept = latest.current;
    // Parts typed but not saved yet win over the stored ones.
    const merged: Draft = kept ? { ...stored, ...Object.fromEntries([...dirty.current].map((p) => [p, kept[p]])) } : stored;
    latest.current = merged;
    setDraft(merged);
  }, []);

  // A lock (by hand, idle, suspend) sends what is typed before the vault closes.
  usePendingSave(save);

  const reload = useCallback(() => call('assessments:get', { id: assessmentId }).then(apply), [assessmentId, apply]);

  useEffect(() => {
    mounted.current = true;
    const pending = dirty.current;
    void reload();
    return () => {
      mounted.current = false;
      // Unmounting (client mode, another screen): send what is pending; nothing typed is lost.
      if (pending.size > 0) void save();
    };
  }, [reload, save]);

  const change = useCallback(
    <P extends DraftPart>(part: P, value: Draft[P]) => {
      if (!latest.current) return;
      latest.current = { ...latest.current, [part]: value };
      dirty.current.add(part);
      setDraft(latest.current);
      setSaveState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save],
  );

  const replace = useCallback((next: Assessment) => {
    setAssessment(next);
    latest.current = draftOf(next);
    dirty.current.clear();
    setDraft(latest.current);
    setSaveState('saved');
  }, []);

  return { assessment, loadError, draft, saveState, saveError, change, flush: save, reload, replace };
}
