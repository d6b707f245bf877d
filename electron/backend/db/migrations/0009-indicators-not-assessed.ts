import { type FormState, formStatus, getInstrument } from '../../../../assessments/instruments';
import type { Migration } from './types';

type DraftRow = { id: string; instrument_id: string; form: string };

/**
 * Issue 12, item 3: an indicator has three states — present, absent, not assessed — and a blank
 * form now starts with every indicator unanswered ("not assessed"). Before, a blank form started
 * with every indicator false, so an unticked box was indistinguishable from an observed absence,
 * and a signed HTP printed «Дверь — Нет» for a house that has a door.
 *
 * Every unsigned draft (status 'draft') gets its unticked indicators (false, entered by hand or by
 * default) turned into "not assessed": removed from the answers. A false that came from a metric
 * suggestion the psychologist accepted or kept stays: that was a decision. The list's copy of the
 * scores (totals, flag_ids) is recomputed, so a DAPR count no longer counts unticked boxes.
 *
 * Signed and discarded records are never rewritten (a signed row is sealed by its trigger, and a
 * discarded draft is kept as it was): a record signed before issue 12 shows its false indicators
 * as "absent", as it was signed (docs/ARCHITECTURE.md, "Assessments").
 */
export const migration0009: Migration = {
  version: 9,
  name: 'indicators-not-assessed',
  up(db) {
    const drafts = db.prepare(`SELECT id, instrument_id, form FROM assessments WHERE status = 'draft'`).all() as DraftRow[];
    const update = db.prepare('UPDATE assessments SET form = ?, totals = ?, flag_ids = ? WHERE id = ?');
    for (const row of drafts) {
      const def = getInstrument(row.instrument_id);
      if (!def || def.kind !== 'drawing') continue;
      const form = JSON.parse(row.form) as FormState;
      const indicators = new Set(def.sections.flatMap((s) => s.items.filter((i) => i.kind === 'indicator').map((i) => i.id)));
      const answers = Object.fromEntries(
        Object.entries(form.answers).filter(([id, a]) => !(indicators.has(id) && a.value === false && a.source === 'entered')),
      );
      if (Object.keys(answers).length === Object.keys(form.answers).length) continue;
      const next: FormState = { ...form, answers };
      // formStatus scores what fits and keeps answers that do not (a draft may hold them).
      const { result } = formStatus(def, next);
      const totals = def.scales.map((scale) => {
        const r = result.scales[scale.id];
        return { scaleId: scale.id, value: r?.value ?? null, band: r?.band ?? null };
      });
      const alerts = result.flags.filter((f) => f.answer !== null).map((f) => f.id);
      update.run(JSON.stringify(next), JSON.stringify(totals), JSON.stringify(alerts), row.id);
    }
  },
};
