import { getInstrument } from '../../../../../assessments/instruments';
import type { ScaleTotal } from '../../../../contract/assessmentChannels';
import type {
  DeidentifiedExportInput,
  DeidentifiedKind,
  DeidentifiedSummary,
} from '../../../../contract/deidentifiedExportChannels';
import { AppFailure } from '../../../../contract/errors';
import type { Db } from '../../../db/connection';
import { deidentifiedAssessments } from '../../../db/repos/deidentifiedRepo';
import { getSetting, setSetting } from '../../../db/repos/settingsRepo';
import { trendsSessionRecords, trendsYears } from '../../../db/repos/trendsRepo';
import type { SignedInContext } from '../../signedIn';
import { bandKey, mainScaleOf } from '../instrumentInfo';
import { trendsK } from '../kSetting';
import { loadPopulation } from '../population';
import { toCsv } from './csv';
import { columnsOf, dictionaryFile } from './dictionary';
import { type QuasiIdentifiers, anonymise } from './kAnonymity';
import { type Pseudonymiser, newFacilitySecret, perExportKey, pseudonymiser, stableKey } from './pseudonyms';

/**
 * The de-identified record-level export (issue 14 §3). Reads only what the columns need (no answers, notes, names,
 * codes or drawings); dates become quarters, the date of birth an age band on the record's date; the quasi-identifiers
 * are made k-anonymous (kAnonymity.ts) with the facility's k; rows are sorted by pseudonym, so their order says
 * nothing about when they were written.
 */

type Cell = string | number | null;
type Draft = { clientId: string; qi: QuasiIdentifiers; rest: Cell[] };

const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

function qiOn(pop: ReturnType<typeof loadPopulation>, clientId: string, date: string): QuasiIdentifiers {
  const a = pop.on(clientId, date);
  return { ageBand: a.ageBand, sex: a.sex, unit: a.unit, legalStatus: a.legalStatus, language: a.language };
}

function assessmentDrafts(db: Db, year: number): Draft[] {
  const pop = loadPopulation(db);
  return deidentifiedAssessments(db, year).map((r) => {
    const def = getInstrument(r.instrument_id);
    const scale = def && def.kind === 'questionnaire' ? mainScaleOf(def) : undefined;
    const total = scale ? (JSON.parse(r.totals) as ScaleTotal[]).find((t) => t.scaleId === scale.id) : undefined;
    return {
      clientId: r.client_id,
      qi: qiOn(pop, r.client_id, r.date),
      rest: [
        quarterOf(r.date),
        r.instrument_id,
        def?.kind ?? null,
        total?.value ?? null,
        total?.band ? bandKey(total.band) : null,
      ],
    };
  });
}

function attendanceDrafts(db: Db, year: number): Draft[] {
  const pop = loadPopulation(db);
  return trendsSessionRecords(db, year)
    .filter((r) => r.attendance !== null)
    .map((r) => ({
      clientId: r.client_id,
      qi: qiOn(pop, r.client_id, r.date),
      rest: [quarterOf(r.date), r.programme_type, r.attendance, r.mood_before, r.mood_after],
    }));
}

/** Builds the CSV and its summary (pure over the database; no audit, no file). */
export function buildDeidentified(
  db: Db,
  kind: DeidentifiedKind,
  year: number,
  k: number,
  pseudonyms: Pseudonymiser,
  mode: 'perExport' | 'stable',
): { csv: Buffer; summary: DeidentifiedSummary } {
  const drafts = kind === 'assessments' ? assessmentDrafts(db, year) : attendanceDrafts(db, year);
  const people = drafts.map((d) => pseudonyms.of(d.clientId));
  const { records, unitsMerged } = anonymise(
    people,
    drafts.map((d) => d.qi),
    k,
  );
  const rows: Cell[][] = [];
  let generalisedRows = 0;
  let suppressedRows = 0;
  const clients = new Set<string>();
  records.forEach((rec, i) => {
    if (rec.suppressed) {
      suppressedRows++;
      return;
    }
    if (rec.generalised) generalisedRows++;
    clients.add(people[i]!);
    const [quarter, ...content] = drafts[i]!.rest;
    const q = rec.qi;
    rows.push([people[i]!, quarter ?? null, q.ageBand, q.sex, q.unit, q.legalStatus, q.language, ...content]);
  });
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
  return {
    csv: toCsv(columnsOf(kind), rows),
    summary: {
      kind,
      year,
      k,
      pseudonyms: mode,
      rows: rows.length,
      clients: clients.size,
      unitsMerged,
      generalisedRows,
      suppressedRows,
    },
  };
}

/** The facility secret for stable pseudonyms, made on first use; it never leaves the vault. */
function facilitySecret(db: Db): string {
  const existing = getSetting(db, 'deidentifiedSecret');
  if (existing && /^[0-9a-f]{64}$/.test(existing)) return existing;
  const secret = newFacilitySecret();
  setSetting(db, 'deidentifiedSecret', secret);
  return secret;
}

export function deidentifiedOptions(s: SignedInContext): { years: number[]; k: number } {
  return { years: trendsYears(s.db), k: trendsK(s.db) };
}

/**
 * Builds the export and saves it, then its dictionary. Audited when the data file was saved (deidentified.exported:
 * kind, year, k, pseudonym mode and the stated reason, and the counts) or failed (deidentified.exportFailed); a
 * cancelled dialog is not recorded, as for the other exports. The saved location is never recorded.
 */
export async function exportDeidentified(
  s: SignedInContext,
  input: DeidentifiedExportInput,
): Promise<{ saved: boolean; dictionarySaved: boolean; summary: DeidentifiedSummary }> {
  const saveFile = s.saveFile;
  if (!saveFile) throw new AppFailure('EXPORT_UNAVAILABLE', 'no way to save files is configured');
  const k = trendsK(s.db);
  const mode = input.pseudonyms.mode;
  const key = mode === 'stable' ? stableKey(s.db.transaction(() => facilitySecret(s.db))()) : perExportKey();
  const pseudonyms = pseudonymiser(key);
  let built: ReturnType<typeof buildDeidentified>;
  try {
    built = buildDeidentified(s.db, input.kind, input.year, k, pseudonyms, mode);
  } finally {
    pseudonyms.forget();
  }
  const { csv, summary } = built;
  const stamp = new Date(s.now()).toISOString().slice(0, 10);
  const base = `deidentified-${input.kind}-${input.year}-exported-${stamp}`;
  const details = {
    kind: input.kind,
    year: input.year,
    k,
    pseudonyms: mode,
    ...(input.pseudonyms.mode === 'stable' ? { reason: input.pseudonyms.reason } : {}),
    rows: summary.rows,
    generalisedRows: summary.generalisedRows,
    suppressedRows: summary.suppressedRows,
    unitsMerged: summary.unitsMerged,
  };
  let saved: boolean;
  try {
    ({ saved } = await saveFile(`${base}.csv`, csv));
  } catch {
    // The port's error is not passed on: it may quote the chosen path.
    s.audit('deidentified.exportFailed', null, details);
    throw new AppFailure('EXPORT_FAILED', 'the file could not be saved');
  }
  if (!saved) return { saved: false, dictionarySaved: false, summary };
  s.audit('deidentified.exported', null, details);
  let dictionarySaved = false;
  try {
    ({ saved: dictionarySaved } = await saveFile(
      `${base}-dictionary-${input.dictionaryLanguage}.txt`,
      dictionaryFile(summary, input.dictionaryLanguage),
    ));
  } catch {
    dictionarySaved = false; // the data file is saved and audited; the page offers the dictionary again
  }
  return { saved: true, dictionarySaved, summary };
}
