import { Fragment, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE, type Attendance, type SessionDetail } from '../../../../electron/contract/groupChannels';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { NumberField } from '../../../components/NumberField';
import { TextField } from '../../../components/TextField';
import { type GridLine, NOTE_MAX, changedLines, lineOf, lineProblems, markUnmarkedPresent, mergeAfterSave, toInputRows } from '../model/attendanceGrid';

type Props = {
  session: SessionDetail;
  /** Unsaved lines from before (the page was left, or a member drew in client mode). */
  draft: GridLine[] | undefined;
  onDraft: (lines: GridLine[] | undefined) => void;
  onSaved: (session: SessionDetail) => void;
  /** Hands the screen to one member to enter their own mood (client mode); resolves with a refusal, if any. */
  onMoodByMember: (memberId: string) => Promise<AppError | null>;
};

/**
 * The quick grid: one row per member, attendance as four choices, participation 1–5, mood
 * before and after 0–10, a short note. Everything is saved with one button in one call; a
 * refused save keeps every value as typed, and the input also survives leaving the page.
 */
export function AttendanceGrid({ session, draft, onDraft, onSaved, onMoodByMember }: Props) {
  const { t } = useTranslation();
  const [lines, setLines] = useState<GridLine[]>(() => draft ?? session.grid.map(lineOf));
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  // A signed note freezes the grid it attests (the backend refuses changes with NOTE_SIGNED).
  const readOnly = !session.canRecord || session.note.status === 'signed';
  const changed = changedLines(lines, session.grid);
  const problems = lines.flatMap((line) => lineProblems(line).map((p) => ({ memberId: line.memberId, problem: p })));

  const update = (next: GridLine[]) => {
    setLines(next);
    setSaved(false);
    onDraft(changedLines(next, session.grid).length > 0 ? next : undefined);
  };
  const edit = (memberId: string, patch: Partial<GridLine>) => update(lines.map((l) => (l.memberId === memberId ? { ...l, ...patch } : l)));

  const save = async () => {
    setError(null);
    if (problems.length > 0) return setShowProblems(true);
    if (changed.length === 0) return setSaved(true);
    setSaving(true);
    const sent = changed;
    const result = await call('groupSessions:saveGrid', { sessionId: session.id, rows: toInputRows(sent) });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    const merged = mergeAfterSave(lines, sent, result.value.grid);
    setLines(merged);
    onDraft(changedLines(merged, result.value.grid).length > 0 ? merged : undefined);
    setSaved(true);
    setShowProblems(false);
    onSaved(result.value);
  };

  if (session.grid.length === 0) return <p className="empty">{t('groups.grid.noMembers')}</p>;
  const rowOf = new Map(session.grid.map((r) => [r.memberId, r]));

  return (
    <div className="attendance">
      <FormError error={error}>
        <p>{t('groups.grid.keptAsTyped')}</p>
      </FormError>
      {showProblems && problems.length > 0 ? (
        <div className="notice notice--error" role="alert">
          <p>{t('groups.grid.fixFirst')}</p>
        </div>
      ) : null}
      {!readOnly ? (
        <div className="attendance__tools">
          <Button className="button--small" onPress={() => update(markUnmarkedPresent(lines))}>
            {t('groups.grid.allPresent')}
          </Button>
        </div>
      ) : null}
      <p className="muted attendance__hint">{t('groups.grid.absenceHint')}</p>
      <div className="table-wrap">
        <table className="table table--compact attendance__table">
          <caption className="visually-hidden">{t('groups.grid.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('groups.grid.member')}</th>
              <th scope="col">{t('groups.grid.attendance')}</th>
              <th scope="col">{t('groups.grid.participation')}</th>
              <th scope="col">{t('groups.grid.moodBefore')}</th>
              <th scope="col">{t('groups.grid.moodAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const row = rowOf.get(line.memberId);
              const alias = row?.alias ?? '';
              const lineIssues = showProblems ? lineProblems(line) : [];
              const rowClass = ['attendance__row', lineIssues.length > 0 ? 'attendance__row--problem' : ''].filter(Boolean).join(' ');
              // Two table rows per member: the quick marks, then the note across the width under them.
              return (
                <Fragment key={line.memberId}>
                <tr data-member={alias} className={rowClass}>
                  <th scope="row" rowSpan={2}>
                    {alias}
                    <span className="groups-subline mono">{row?.code}</span>
                    {!readOnly ? (
                      <Button
                        variant="quiet"
                        className="button--small attendance__mood-by-member"
                        aria-label={t('groups.mood.handOverFor', { alias })}
                        onPress={() => void onMoodByMember(line.memberId).then((refused) => refused && setError(refused))}
                      >
                        {t('groups.mood.handOver')}
                      </Button>
                    ) : null}
                    {lineIssues.map((p) => (
                      <span key={p} className="field__error attendance__problem">
                        {t(`groups.grid.problems.${p}`, { max: NOTE_MAX })}
                      </span>
                    ))}
                  </th>
                  <td>
                    <RadioGroup
                      value={line.attendance}
                      onChange={(v) => edit(line.memberId, { attendance: v as Attendance })}
                      isDisabled={readOnly}
                      orientation="horizontal"
                      className="segmented segmented--attendance"
                    >
                      <Label className="visually-hidden">{t('groups.grid.attendanceOf', { alias })}</Label>
                      {ATTENDANCE.map((a) => (
                        <Radio key={a} value={a} className={`segmented__option segmented__option--${a}`}>
                          {t(`groups.grid.short.${a}`)}
                        </Radio>
                      ))}
                    </RadioGroup>
                  </td>
                  <td>
                    <RadioGroup
                      value={line.participation === null ? null : String(line.participation)}
                      onChange={(v) => edit(line.memberId, { participation: Number(v) })}
                      isDisabled={readOnly}
                      orientation="horizontal"
                      className="segmented segmented--rating"
                    >
                      <Label className="visually-hidden">{t('groups.grid.participationOf', { alias })}</Label>
                      {[1, 2, 3, 4, 5].map((n) => (
                        <Radio key={n} value={String(n)} className="segmented__option" aria-label={t('groups.grid.ratingValue', { n })}>
                          {n}
                        </Radio>
                      ))}
                    </RadioGroup>
                    {line.participation !== null && !readOnly ? (
                      <Button variant="quiet" className="button--small attendance__clear" onPress={() => edit(line.memberId, { participation: null })}>
                        {t('groups.grid.clearRating')}
                      </Button>
                    ) : null}
                  </td>
                  <td>
                    <MoodField label={t('groups.grid.moodBeforeOf', { alias })} value={line.moodBefore} readOnly={readOnly} onChange={(v) => edit(line.memberId, { moodBefore: v })} />
                  </td>
                  <td>
                    <MoodField label={t('groups.grid.moodAfterOf', { alias })} value={line.moodAfter} readOnly={readOnly} onChange={(v) => edit(line.memberId, { moodAfter: v })} />
                  </td>
                </tr>
                <tr data-member={alias} className={`${rowClass} attendance__note-row`}>
                  <td colSpan={4}>
                    <div className="attendance__note-line">
                      <span className="attendance__note-label" aria-hidden="true">
                        {t('groups.grid.note')}
                      </span>
                      <TextField
                        label={<span className="visually-hidden">{t('groups.grid.noteOf', { alias })}</span>}
                        value={line.note}
                        onChange={(note) => edit(line.memberId, { note })}
                        isReadOnly={readOnly}
                        className="attendance__note"
                      />
                    </div>
                  </td>
                </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {!readOnly ? (
        <div className="form__actions attendance__actions">
          <Button variant="primary" isPending={saving} onPress={() => void save()}>
            {saving ? t('common.saving') : t('groups.grid.save')}
          </Button>
          <p className="muted" role="status">
            {saved ? t('groups.grid.saved') : changed.length > 0 ? t('groups.grid.unsaved', { count: changed.length }) : ''}
          </p>
        </div>
      ) : null}
    </div>
  );
}

function MoodField({ label, value, readOnly, onChange }: { label: string; value: number | null; readOnly: boolean; onChange: (v: number | null) => void }) {
  return (
    <div className="attendance__mood">
      <NumberField
        label={<span className="visually-hidden">{label}</span>}
        value={value ?? Number.NaN}
        onChange={(v) => onChange(Number.isNaN(v) ? null : v)}
        minValue={0}
        maxValue={10}
        step={1}
        isReadOnly={readOnly}
      />
    </div>
  );
}
