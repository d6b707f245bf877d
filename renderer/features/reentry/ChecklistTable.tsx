import { parseDate } from '@internationalized/date';
import { Fragment } from 'react';
import {
  DateField as AriaDateField,
  Button as AriaButton,
  DateInput,
  DateSegment,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  TextField as AriaTextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  REENTRY_NOTE_MAX,
  REENTRY_OWNER_MAX,
  REENTRY_STATUSES,
  type ReentryArea,
  type ReentryStatus,
} from '../../../electron/contract/reentryChannels';
import { isOverdue } from '../../../common/reentryProgress';
import type { ItemValues } from './reentryValues';

type Props = {
  items: Record<ReentryArea, ItemValues>;
  areas: readonly ReentryArea[];
  today: string;
  onChange: (area: ReentryArea, change: Partial<ItemValues>) => void;
};

function toDate(text: string) {
  if (text === '') return null;
  try {
    return parseDate(text);
  } catch {
    return null;
  }
}

/**
 * The checklist as a grid of fields, two lines per area: status, who takes care of it and the due date, then the
 * note (printed for the client) across the row.
 * Every field is labelled for screen readers with its area ("Housing: Status"); the column headers say it for the
 * eye. Tab walks the row, then the next. A due date passed on an unfinished step is marked overdue in words.
 */
export function ChecklistTable({ items, areas, today, onChange }: Props) {
  const { t } = useTranslation();
  const label = (area: ReentryArea, column: string) =>
    t('reentry.fieldOf', { area: t(`reentry.areas.${area}`), field: t(`reentry.columns.${column}`) });
  return (
    <div className="client-section__table">
      <table className="table table--compact reentry-checklist">
        <caption className="visually-hidden">{t('reentry.checklist')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reentry.columns.area')}</th>
            <th scope="col">{t('reentry.columns.status')}</th>
            <th scope="col">{t('reentry.columns.owner')}</th>
            <th scope="col">{t('reentry.columns.due')}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => {
            const item = items[area];
            const overdue = isOverdue({ status: item.status, dueOn: item.dueOn || null }, today);
            return (
              <Fragment key={area}>
                <tr className={`reentry-row reentry-row--${item.status}`} data-area={area}>
                  <th scope="row" rowSpan={2}>
                    {t(`reentry.areas.${area}`)}
                  </th>
                  <td>
                    <AriaSelect
                      aria-label={label(area, 'status')}
                      selectedKey={item.status}
                      onSelectionChange={(key) => key !== null && onChange(area, { status: key as ReentryStatus })}
                      className="field field--select reentry-status"
                    >
                      <AriaButton className="select__button">
                        <SelectValue className="select__value" />
                        <span className="select__chevron" aria-hidden="true" />
                      </AriaButton>
                      <Popover className="popover">
                        <ListBox className="listbox">
                          {REENTRY_STATUSES.map((s) => (
                            <ListBoxItem key={s} id={s} className="listbox__item" textValue={t(`reentry.statuses.${s}`)}>
                              {t(`reentry.statuses.${s}`)}
                            </ListBoxItem>
                          ))}
                        </ListBox>
                      </Popover>
                    </AriaSelect>
                  </td>
                  <td>
                    <AriaTextField
                      aria-label={label(area, 'owner')}
                      value={item.owner}
                      maxLength={REENTRY_OWNER_MAX}
                      onChange={(owner) => onChange(area, { owner })}
                      className="field"
                    >
                      <Input className="field__input" />
                    </AriaTextField>
                  </td>
                  <td>
                    <AriaDateField
                      aria-label={label(area, 'due')}
                      value={toDate(item.dueOn)}
                      onChange={(value) => onChange(area, { dueOn: value ? value.toString() : '' })}
                      granularity="day"
                      className="field field--date"
                    >
                      <DateInput className="field__input date-input">
                        {(segment) => <DateSegment segment={segment} className="date-input__segment" />}
                      </DateInput>
                    </AriaDateField>
                    {overdue ? <span className="reentry-overdue">{t('reentry.overdueMark')}</span> : null}
                  </td>
                </tr>
                <tr className={`reentry-row reentry-row--note reentry-row--${item.status}`}>
                  <td colSpan={3}>
                    <AriaTextField
                      aria-label={label(area, 'note')}
                      value={item.note}
                      maxLength={REENTRY_NOTE_MAX}
                      onChange={(note) => onChange(area, { note })}
                      className="field reentry-note"
                    >
                      <span className="reentry-note__label" aria-hidden="true">
                        {t('reentry.noteShort')}
                      </span>
                      <Input className="field__input" />
                    </AriaTextField>
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
