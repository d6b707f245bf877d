import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../electron/contract/groupChannels';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import {
  type AttendanceLine,
  changedLines,
  lineOf,
  lineProblems,
  markUnmarkedPresent,
  mergeAfterSave,
  toInputRows,
} from '../model/attendanceGrid';
import { AttendanceMemberRows } from './AttendanceMemberRows';

type Props = {
  session: SessionDetail;
  /** Unsaved lines from before (the page was left, or a member drew in client mode). */
  draft: AttendanceLine[] | undefined;
  onDraft: (lines: AttendanceLine[] | undefined) => void;
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
  const [lines, setLines] = useState<AttendanceLine[]>(() => draft ?? session.attendance.map(lineOf));
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  // A signed note freezes the grid it attests (the backend refuses changes with RECORD_SIGNED).
  const readOnly = !session.canRecord || session.note.status === 'signed';
  const changed = changedLines(lines, session.attendance);
  const problems = lines.flatMap((line) => lineProblems(line).map((p) => ({ memberId: line.memberId, problem: p })));

  const update = (next: AttendanceLine[]) => {
    setLines(next);
    setSaved(false);
    onDraft(changedLines(next, session.attendance).length > 0 ? next : undefined);
  };
  const edit = (memberId: string, patch: Partial<AttendanceLine>) =>
    update(lines.map((l) => (l.memberId === memberId ? { ...l, ...patch } : l)));

  const save = async () => {
    setError(null);
    if (problems.length > 0) return setShowProblems(true);
    if (changed.length === 0) return setSaved(true);
    setSaving(true);
    const sent = changed;
    const result = await call('groupSessions:saveAttendance', { sessionId: session.id, rows: toInputRows(sent) });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    const merged = mergeAfterSave(lines, sent, result.value.attendance);
    setLines(merged);
    onDraft(changedLines(merged, result.value.attendance).length > 0 ? merged : undefined);
    setSaved(true);
    setShowProblems(false);
    onSaved(result.value);
  };

  if (session.attendance.length === 0) return <p className="empty">{t('groups.grid.noMembers')}</p>;
  const rowOf = new Map(session.attendance.map((r) => [r.memberId, r]));

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
            {lines.map((line) => (
              <AttendanceMemberRows
                key={line.memberId}
                line={line}
                row={rowOf.get(line.memberId)}
                readOnly={readOnly}
                showProblems={showProblems}
                edit={(patch) => edit(line.memberId, patch)}
                onMoodByMember={() => void onMoodByMember(line.memberId).then((refused) => refused && setError(refused))}
              />
            ))}
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
