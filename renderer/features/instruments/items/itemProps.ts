import type { ReactNode } from 'react';
import type { AnswerValue, Instrument, Item, ItemKind, Language } from '../../../../assessments/instruments';

/** What each item editor gets: its item, its answer, and the label and messages around it. */
export type ItemEditorProps<K extends ItemKind> = {
  def: Instrument;
  item: Extract<Item, { kind: K }>;
  language: Language;
  /** The visible label, number included. */
  label: ReactNode;
  help?: ReactNode;
  /** A validation message in the UI language. */
  error?: string;
  value: AnswerValue | undefined;
  onChange(value: AnswerValue): void;
};
