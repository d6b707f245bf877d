/**
 * The directory as a CSV file (issue 17 §1), filtered as the screen is, with headers, kinds, languages and
 * yes/no in the chosen language: the same words the import reads back, so an exported file is a template
 * for a new list and re-imports to duplicates only. Written with the Trends CSV writer (RFC 4180, UTF-8 with
 * a byte-order mark, formula-looking text prefixed with an apostrophe, which the import removes again).
 *
 * Audited `directory.exported` with the count, the language and whether a filter applied, or
 * `directory.exportFailed`; never a name or the chosen path. A cancelled dialog is not recorded.
 */
import type { z } from 'zod';
import { ORGANISATION_KIND_TEXT } from '../../../../common/organisationKindText';
import { ORGANISATION_FIELDS, type Organisation, type directoryChannels } from '../../../contract/directoryChannels';
import { AppFailure } from '../../../contract/errors';
import type { Language } from '../../../contract/schemas';
import { listOrganisations } from '../../db/repos/organisationsRepo';
import type { SignedInContext } from '../signedIn';
import { type CsvField, toCsv } from '../trends/export/csv';
import { LANGUAGE_WORDS, YES_NO, headerText } from './csvWords';
import { organisationFilter } from './directoryService';
import { toOrganisation } from './mapping';

type Input = z.output<(typeof directoryChannels)['directory:exportCsv']['input']>;

function cell(o: Organisation, field: (typeof ORGANISATION_FIELDS)[number], language: Language): CsvField {
  switch (field) {
    case 'kind':
      return ORGANISATION_KIND_TEXT[language][o.kind];
    case 'languages':
      return o.languages.map((l) => LANGUAGE_WORDS[language][l]).join(', ');
    case 'acceptsConvictions':
      return o.acceptsConvictions === null ? '' : o.acceptsConvictions ? YES_NO[language].yes : YES_NO[language].no;
    default: {
      const value = o[field];
      return value ?? '';
    }
  }
}

/** The file's bytes: a header line, then one line per organisation. */
export function directoryCsv(rows: readonly Organisation[], language: Language): Buffer {
  return toCsv([
    ORGANISATION_FIELDS.map((f) => headerText(language, f)),
    ...rows.map((o) => ORGANISATION_FIELDS.map((f) => cell(o, f, language))),
  ]);
}

export async function exportDirectory(s: SignedInContext, input: Input): Promise<{ saved: boolean; count: number }> {
  const { saveFile } = s;
  if (!saveFile) throw new AppFailure('EXPORT_UNAVAILABLE', 'no way to save files is configured');
  const { language, filter } = input;
  const rows = listOrganisations(s.db, organisationFilter(filter)).map(toOrganisation);
  const filtered = Boolean(filter.query || filter.kind || filter.city || filter.language) || filter.archived !== 'active';
  const details = { language, count: rows.length, filtered };
  const date = new Date(s.now()).toISOString().slice(0, 10);
  let saved: boolean;
  try {
    ({ saved } = await saveFile(`directory-${date}.csv`, directoryCsv(rows, language)));
  } catch {
    // The port's error is not passed on: it may quote the chosen path.
    s.audit('directory.exportFailed', { kind: 'organisation', id: null }, details);
    throw new AppFailure('EXPORT_FAILED', 'the directory could not be saved');
  }
  if (saved) s.audit('directory.exported', { kind: 'organisation', id: null }, details);
  return { saved, count: rows.length };
}
