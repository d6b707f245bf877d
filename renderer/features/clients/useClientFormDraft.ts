import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { FormRef } from '../../../electron/contract/draftChannels';
import { call } from '../../api';
import { usePendingSave } from '../../hooks/pendingSaves';

/** The pause in typing after which a client form's draft is saved. */
export const DRAFT_DEBOUNCE_MS = 1000;

export type DraftState = {
  /** When the draft put back into the form was saved; null when the form started empty. */
  restoredAt: string | null;
  /** Deletes the draft and puts the form back to where it started. */
  discard(): Promise<void>;
  /** Deletes the draft once the form is saved or cancelled; waits for a save in flight first. */
  forget(): Promise<void>;
};

/**
 * Autosaves a client form (new client, edit profile) as a draft of the signed-in account (issue
 * 12, item 1): after a pause in typing, and at once when a lock flushes pending saves. Reopening
 * the form puts the draft back, if it still fits the form. Saving or cancelling the form forgets
 * it; a draft is never the record.
 */
export function useClientFormDraft<I extends FieldValues, O extends FieldValues>(
  ref: FormRef,
  form: UseFormReturn<I, unknown, O>,
  schema: z.ZodType<unknown, I>,
  initial: I,
): DraftState {
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const dirty = useRef(false);
  const ready = useRef(false);
  const done = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());
  // The form a hook serves does not change for its life; the key keeps a new object from meaning a new form.
  const refKey = JSON.stringify(ref);
  const formRef = useMemo(() => JSON.parse(refKey) as FormRef, [refKey]);

  const flushNow = useCallback(async () => {
    clearTimeout(timer.current);
    if (!dirty.current || done.current || !ready.current) return inFlight.current;
    dirty.current = false;
    const data = form.getValues() as Record<string, unknown>;
    const save = inFlight.current.then(() => call('drafts:save', { ref: formRef, data: data as never }));
    inFlight.current = save.then(
      (result) => {
        if (!result.ok) dirty.current = true;
      },
      () => {
        dirty.current = true;
      },
    );
    return inFlight.current;
  }, [form, formRef]);
  usePendingSave(flushNow);

  // Take back the draft, if any, before anything typed is saved over it.
  useEffect(() => {
    let live = true;
    void call('drafts:get', formRef).then((result) => {
      if (!live) return;
      if (result.ok && result.value) {
        const merged = { ...initial, ...result.value.data };
        if (schema.safeParse(merged).success || shapeFits(initial, merged)) {
          form.reset(merged as I, { keepDefaultValues: true });
          setRestoredAt(result.value.updatedAt);
        }
      }
      ready.current = true;
      if (dirty.current) void flushNow();
    });
    return () => {
      live = false;
    };
    // Once per form: the ref names the form, the rest are stable for its life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refKey]);

  useEffect(() => {
    const subscription = form.watch((_values, { type }) => {
      if (type !== 'change' && type !== undefined) return;
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushNow(), DRAFT_DEBOUNCE_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [form, flushNow]);

  // Leaving the form without saving or cancelling (a lock, another area): send what is typed.
  useEffect(() => () => void flushNow(), [flushNow]);

  const forget = useCallback(async () => {
    done.current = true;
    clearTimeout(timer.current);
    await inFlight.current;
    await call('drafts:discard', formRef);
  }, [formRef]);

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    dirty.current = false;
    await inFlight.current;
    await call('drafts:discard', formRef);
    form.reset(initial);
    setRestoredAt(null);
  }, [form, formRef, initial]);

  return { restoredAt, discard, forget };
}

/** A draft from an older form may lack fields or carry half-typed values; take it when its fields are the form's. */
function shapeFits(initial: object, merged: Record<string, unknown>): boolean {
  return Object.entries(initial).every(([key, value]) => typeof merged[key] === typeof value);
}
