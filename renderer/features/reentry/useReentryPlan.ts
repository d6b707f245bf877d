import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReentryArea, ReentryPlan } from '../../../electron/contract/reentryChannels';
import { type AppError, call } from '../../api';
import { usePendingSave } from '../../hooks/pendingSaves';
import { type DateValues, type ItemValues, dateProblem, dateValues, itemValues } from './reentryValues';

/** The pause in typing after which a change of the plan is sent. */
export const REENTRY_SAVE_DEBOUNCE_MS = 800;

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * The re-entry plan of one client, edited in place and saved as it is typed (issue 17 §3): a change is sent after
 * a pause in typing, and at once when a lock flushes pending saves (hooks/pendingSaves.ts), so a lock never loses
 * what was typed. Each area and the key dates are sent on their own; what the screen shows is what was typed,
 * never overwritten by an answer that arrives later. Dates that break the plan's rules are not sent; the section
 * says why. A failed save is kept on screen and sent again with the next flush.
 */
export function useReentryPlan(clientId: string, sentenceStart: string | null) {
  const [plan, setPlan] = useState<ReentryPlan | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [items, setItems] = useState<Record<ReentryArea, ItemValues> | null>(null);
  const [dates, setDates] = useState<DateValues | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const current = useRef<{ items: typeof items; dates: typeof dates; sentenceStart: string | null }>({
    items: null,
    dates: null,
    sentenceStart,
  });
  // What the next save sends: written by the change handlers at once (state renders later), and the sentence
  // start as the page last rendered it.
  useEffect(() => {
    current.current.sentenceStart = sentenceStart;
  }, [sentenceStart]);
  const dirty = useRef(new Set<ReentryArea | 'dates'>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void call('reentry:get', { clientId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setLoadError(result.error);
      setPlan(result.value);
      const loaded = { items: itemValues(result.value), dates: dateValues(result.value) };
      current.current = { ...current.current, ...loaded };
      setItems(loaded.items);
      setDates(loaded.dates);
    });
    return () => {
      live = false;
    };
  }, [clientId]);

  const sendOne = useCallback(
    async (key: ReentryArea | 'dates'): Promise<boolean> => {
      const { items: nowItems, dates: nowDates, sentenceStart: start } = current.current;
      if (key === 'dates') {
        if (!nowDates || dateProblem(nowDates, start)) return true; // shown on screen; nothing to send
        const result = await call('reentry:saveDates', {
          clientId,
          releaseDate: nowDates.releaseDate || null,
          probationEnd: nowDates.probationEnd || null,
        });
        if (result.ok) setPlan(result.value);
        return result.ok;
      }
      const item = nowItems?.[key];
      if (!item) return true;
      const result = await call('reentry:saveItem', {
        clientId,
        area: key,
        owner: item.owner,
        status: item.status,
        dueOn: item.dueOn || null,
        note: item.note,
      });
      if (result.ok) setPlan(result.value);
      return result.ok;
    },
    [clientId],
  );

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const keys = [...dirty.current];
    dirty.current.clear();
    if (keys.length === 0) return inFlight.current;
    setState('saving');
    const run = inFlight.current.then(async () => {
      let allOk = true;
      for (const key of keys) {
        const ok = await sendOne(key).catch(() => false);
        if (!ok) {
          allOk = false;
          dirty.current.add(key);
        }
      }
      setState(allOk ? 'saved' : 'failed');
    });
    inFlight.current = run;
    return run;
  }, [sendOne]);
  usePendingSave(flush);
  // Leaving the page (another client, another area) sends what is typed.
  useEffect(() => () => void flush(), [flush]);

  const schedule = (key: ReentryArea | 'dates') => {
    dirty.current.add(key);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), REENTRY_SAVE_DEBOUNCE_MS);
  };

  const changeItem = (area: ReentryArea, change: Partial<ItemValues>) => {
    const prev = current.current.items;
    if (!prev) return;
    const next = { ...prev, [area]: { ...prev[area], ...change } };
    current.current = { ...current.current, items: next };
    setItems(next);
    schedule(area);
  };

  const changeDates = (change: Partial<DateValues>) => {
    const prev = current.current.dates;
    if (!prev) return;
    const next = { ...prev, ...change };
    current.current = { ...current.current, dates: next };
    setDates(next);
    schedule('dates');
  };

  return { plan, loadError, items, dates, state, changeItem, changeDates };
}
