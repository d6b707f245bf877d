import type { Db } from '../connection';

/** A signed assessment for the de-identified export: no answers, notes, codes or names. */
export type DeidentifiedAssessmentRow = { client_id: string; date: string; instrument_id: string; totals: string };

/** Signed assessments of a client, signed in `year` (UTC date of signing). */
export function deidentifiedAssessments(db: Db, year: number): DeidentifiedAssessmentRow[] {
  return db
    .prepare(
      `SELECT client_id, substr(signed_at, 1, 10) AS date, instrument_id, totals FROM assessments
        WHERE status = 'signed' AND client_id IS NOT NULL AND signed_at >= ? AND signed_at < ?`,
    )
    .all(`${year}-01-01`, `${year + 1}-01-01`) as DeidentifiedAssessmentRow[];
}
