/**
 * The wording a client answered and what follows from it: which form of a text to show for the
 * client's recorded sex, whether a language's text is the validated one, what a result stores
 * about its administration, and the published reliable-change parameters of a scale.
 */
import type { Administration } from './result';
import type { Instrument, Language, LocalizedText, ReliableChange, TranslationStatus } from './schema';

export type Sex = 'female' | 'male';

/**
 * The text in one language for a client of the given sex: the whole gendered form when the text
 * has one and the sex is recorded, the split form ("измотанным(ой)") otherwise.
 */
export function textForSex(text: LocalizedText, language: Language, sex: Sex | null | undefined): string {
  const entry = text[language];
  return sex && entry.bySex ? entry.bySex[sex] : entry.text;
}

/** Whether the instrument's text in this language is its published, validated version (the definition says, per language). */
export function wordingStatus(def: Instrument, language: Language): TranslationStatus {
  return def.wordingSources[language].status;
}

/** What a questionnaire result stores about how it was given: the language and that text's status. */
export function administrationOf(def: Instrument, language: Language): Administration {
  return { language, textStatus: wordingStatus(def, language) };
}

/** The published SD and reliability for a scale's reliable change index, or undefined when none is published. */
export function reliableChangeOf(def: Instrument, scaleId: string): ReliableChange | undefined {
  return def.reliableChange.find((r) => r.scaleId === scaleId);
}

/**
 * The definition as a client of this sex reads it: every text with gendered forms shows the
 * matching one (its status unchanged). With no recorded sex the definition is returned as it is,
 * so the split forms ("измотанным(ой)") are shown.
 */
export function definitionForSex(def: Instrument, sex: Sex | null | undefined): Instrument {
  if (!sex) return def;
  const pick = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(pick);
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    if (typeof record.text === 'string' && (record.status === 'validated' || record.status === 'working')) {
      const bySex = record.bySex as Record<Sex, string> | undefined;
      return bySex ? { text: bySex[sex], status: record.status } : record;
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, pick(v)]));
  };
  return pick(def) as Instrument;
}
