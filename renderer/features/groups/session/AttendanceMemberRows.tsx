import { Fragment } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE, type Attendance, type SessionDetail } from '../../../../electron/contract/groupChannels';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/TextField';
import { ScoreField } from '../fields/ScoreField';
import { type AttendanceLine, MOOD_RANGE, NOTE_MAX, lineProblems } from '../model/attendanceGrid';

type Props = {
  line: AttendanceLine;
  row: SessionDetail['attendance'][number] | undefined;
  readOnly: boolean;
  edit(patch: Partial<AttendanceLine>): void;
  /** A score cell's text cannot be taken as a score (true), or can again (false). */
  onInvalid(field: 'moodBefore' | 'moodAfter', invalid: boolean): void;
  onMoodByMember(): void;
};

/** One member in the grid: two table rows, the quick marks, then the note across the width under them. */
export function AttendanceMemberRows({ line, row, readOnly, edit, onInvalid, onMoodByMember }: Props) {
  const { t } = useTranslation();
  const alias = row?.alias ?? '';
  // Pointed out as soon as they happen: there is no "Save" press to wait for.
  const lineIssues = readOnly ? [] : lineProblems(line);
  const rowClass = ['attendance__row', lineIssues.length > 0 ? 'attendance__row--problem' : ''].filter(Boolean).join(' ');
  return (
    <Fragment>
      <tr data-member={alias} className={rowClass}>
        <th scope="row" rowSpan={2}>
          {alias}
          <span className="groups-subline mono">{row?.code}</span>
          {!readOnly ? (
            <Button
              variant="quiet"
              className="button--small attendance__mood-by-member"
              aria-label={t('groups.mood.handOverFor', { alias })}
              onPress={onMoodByMember}
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
          <AttendanceChoice
            alias={alias}
            value={line.attendance}
            readOnly={readOnly}
            onChange={(attendance) => edit({ attendance })}
          />
        </td>
        <td>
          <ParticipationChoice
            alias={alias}
            value={line.participation}
            readOnly={readOnly}
            onChange={(participation) => edit({ participation })}
          />
        </td>
        <td>
          <ScoreField
            label={t('groups.grid.moodBeforeOf', { alias })}
            value={line.moodBefore}
            range={MOOD_RANGE}
            readOnly={readOnly}
            onChange={(v) => edit({ moodBefore: v })}
            onInvalid={(invalid) => onInvalid('moodBefore', invalid)}
          />
        </td>
        <td>
          <ScoreField
            label={t('groups.grid.moodAfterOf', { alias })}
            value={line.moodAfter}
            range={MOOD_RANGE}
            readOnly={readOnly}
            onChange={(v) => edit({ moodAfter: v })}
            onInvalid={(invalid) => onInvalid('moodAfter', invalid)}
          />
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
              onChange={(note) => edit({ note })}
              isReadOnly={readOnly}
              className="attendance__note"
            />
          </div>
        </td>
      </tr>
    </Fragment>
  );
}

type ChoiceProps<T> = { alias: string; value: T; readOnly: boolean; onChange(value: T): void };

/** Attendance as four choices. */
function AttendanceChoice({ alias, value, readOnly, onChange }: ChoiceProps<AttendanceLine['attendance']>) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      value={value}
      onChange={(v) => onChange(v as Attendance)}
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
  );
}

/** Participation 1–5, which can be cleared again. */
function ParticipationChoice({ alias, value, readOnly, onChange }: ChoiceProps<number | null>) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        value={value === null ? null : String(value)}
        onChange={(v) => onChange(Number(v))}
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
      {value !== null && !readOnly ? (
        <Button variant="quiet" className="button--small attendance__clear" onPress={() => onChange(null)}>
          {t('groups.grid.clearRating')}
        </Button>
      ) : null}
    </>
  );
}
