import { createContext, useContext } from 'react';
import type { FormState, FormStatus, Instrument, Language, Suggestion } from '../../../assessments/instruments';

/** What every part of one rendered form shares; provided by InstrumentForm. */
export interface FormContextValue {
  def: Instrument;
  /** The language of the instrument's texts (may differ from the UI language). */
  language: Language;
  readOnly: boolean;
  state: FormState;
  /** Live status while editing; in read-only mode, built around the stored result. */
  status: FormStatus;
  suggestions: readonly Suggestion[];
  numbers: ReadonlyMap<string, number>;
  /** The content mixes validated and working texts: mark each working item. */
  markWorkingItems: boolean;
  /**
   * Applies a change to the latest state. A function, not a value: two changes in one event (a
   * number field committing on blur as a checkbox is clicked) must not overwrite each other.
   */
  update(change: (prev: FormState) => FormState): void;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useInstrumentForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('useInstrumentForm outside an InstrumentForm');
  return value;
}
