import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../electron/contract/groupChannels';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { SaveIndicator } from '../../assessment/SaveIndicator';
import {
  type AttendanceLine,
  changedLines,
  lineOf,
  lineProblems,
  markUnmarkedPresent,
  mergeAfterSave,
  sendableLines,
  toInputRows,
} from '../model/attendanceGrid';
import { AttendanceMemberRows } from './AttendanceMemberRows';
import { useAutosave } from './useAutosave';

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
 * before and after 0–10, a short note. Every change is autosaved after a pause in typing and
 * before every lock (issue 12); a refused save keeps every value as typed and says so. A line
 * with something to correct (a rating for an absent member, a mood out of range) is held back
 * and marked until it is corrected.
 */
export function AttendanceGrid({ session, draft, onDraft, onSaved, onMoodByMember }: Props) {
  const { t } = useTranslation();
  const [lines, setLines] = useState<AttendanceLine[]>(() => draft ?? session.attendance.map(lineOf));
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [moodError, setMoodError] = useState<AppError | null>(null);
  // The autosave reads these, not the render's state: a flush at lock time sends what is on screen now.
  const latest = useRef(lines);
  const stored = useRef(session.attendance);
  const held = useRef(invalid);
  // A signed note freezes the grid it attests (the backend refuses changes with RECORD_SIGNED).
  const readOnly = !session.canRecord || session.note.status === 'signed';
  useEffect(() => {
    stored.current = session.attendance;
  }, [session.attendance]);

  const autosave = useAutosave(async () => {
    const sent = sendableLines(latest.current, stored.current).filter(
      (line) => ![...held.current].some((cell) => cell.startsWith(`${line.memberId}:`)),
    );
    if (sent.length === 0) return null;
    const result = await call('groupSessions:saveAttendance', { sessionId: session.id, rows: toInputRows(sent) });
    if (!result.ok) return result.error;
    stored.current = result.value.attendance;
    const merged = mergeAfterSave(latest.current, sent, result.value.attendance);
    latest.current = merged;
    setLines(merged);
    onDraft(changedLines(merged, result.value.attendance).length > 0 ? merged : undefined);
    onSaved(result.value);
    return null;
  });

  // Lines kept from before (client mode, another page) are sent as soon as the page is back.
  const { schedule } = autosave;
  useEffect(() => {
    if (!readOnly && changedLines(latest.current, stored.current).length > 0) schedule();
    // Only on mount: later changes schedule themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (next: AttendanceLine[]) => {
    latest.current = next;
    setLines(next);
    onDraft(changedLines(next, stored.current).length > 0 ? next : undefined);
    autosave.schedule();
  };
  const edit = (memberId: string, patch: Partial<AttendanceLine>) =>
    update(latest.current.map((l) => (l.memberId === memberId ? { ...l, ...patch } : l)));
  const markInvalid = (cell: string, isInvalid: boolean) => {
    if (held.current.has(cell) === isInvalid) return;
    const next = new Set(held.current);
    if (isInvalid) next.add(cell);
    else next.delete(cell);
    held.current = next;
    setInvalid(next);
    // Corrected: the line may go now.
    if (!isInvalid) autosave.schedule();
  };

  if (session.attendance.length === 0) return <p className="empty">{t('groups.grid.noMembers')}</p>;
  const rowOf = new Map(session.attendance.map((r) => [r.memberId, r]));
  const needsCorrection = invalid.size > 0 || lines.some((line) => lineProblems(line).length > 0);

  return (
    <div className="attendance">
      <FormError error={moodError} />
      {!readOnly ? (
        <div className="attendance__tools">
          <Button className="button--small" onPress={() => update(markUnmarkedPresent(latest.current))}>
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
                edit={(patch) => edit(line.memberId, patch)}
                onInvalid={(field, isInvalid) => markInvalid(`${line.memberId}:${field}`, isInvalid)}
                onMoodByMember={() => {
                  setMoodError(null);
                  void onMoodByMember(line.memberId).then((refused) => refused && setMoodError(refused));
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      {!readOnly ? (
        <div className="attendance__actions">
          {needsCorrection ? (
            <p className="notice notice--error" role="alert">
              {t('groups.grid.fixFirst')}
            </p>
          ) : null}
          <SaveIndicator state={autosave.state} error={autosave.error} onRetry={() => void autosave.flush()} />
          {autosave.state === 'failed' ? <p className="muted">{t('groups.grid.keptAsTyped')}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
