import { useTranslation } from 'react-i18next';
import { ORGANISATION_KIND_TEXT } from '../../../common/organisationKindText';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../electron/contract/organisationKinds';
import type { Language } from '../../../electron/contract/schemas';

/**
 * The kinds' words in the screen's language, from common/organisationKindText.ts (the CSV files and the
 * referrals use the same words), rather than from i18n: one list, one place to correct a term.
 */
export function useKindText(): {
  kindText: (kind: OrganisationKind) => string;
  kindOptions: { id: OrganisationKind; label: string }[];
} {
  const { i18n } = useTranslation();
  const words = ORGANISATION_KIND_TEXT[i18n.language as Language] ?? ORGANISATION_KIND_TEXT.en;
  return {
    kindText: (kind) => words[kind],
    kindOptions: ORGANISATION_KINDS.map((kind) => ({ id: kind, label: words[kind] })),
  };
}
