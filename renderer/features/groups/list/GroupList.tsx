import { useCallback, useMemo, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { GROUP_STATUSES, type GroupStatus, type GroupSummary } from '../../../../electron/contract/groupChannels';
import { call } from '../../../api';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Choice';
import { FormError } from '../../../components/FormError';
import { PageTitle } from '../../../components/Page';
import { Select } from '../../../components/Select';
import { useSignedIn } from '../../vault/VaultContext';
import { useScheduleText } from '../text/useScheduleText';
import { LIST_TABS, type ListTab } from '../useGroupsArea';
import { useLoaded } from '../../../hooks/useLoaded';
import { AllGroupsCalendar } from './AllGroupsCalendar';

const ALL = 'all';
type Filter = GroupStatus | typeof ALL;

type Props = {
  tab: ListTab;
  onTab: (tab: ListTab) => void;
  onOpen: (groupId: string) => void;
  onOpenSession: (groupId: string, sessionId: string) => void;
  onNew: () => void;
};

/**
 * The groups this person may see, filtered by status and, for someone who facilitates, to their
 * own: as a table, or their sessions on a month calendar (the same filters apply to both).
 */
export function GroupList({ tab, onTab, onOpen, onOpenSession, onNew }: Props) {
  const { t } = useTranslation();
  const { account } = useSignedIn();
  const [status, setStatus] = useState<Filter>(ALL);
  const isFacilitator = account.roles.includes('facilitator');
  const canCreate = isFacilitator || account.roles.includes('admin');
  const [mine, setMine] = useState(isFacilitator);
  const load = useCallback(() => call('groups:list', status === ALL ? {} : { status }), [status]);
  const groups = useLoaded(load);

  const shown = useMemo(
    () => (groups.value ?? []).filter((g) => !mine || g.facilitators.some((f) => f.id === account.id)),
    [groups.value, mine, account.id],
  );
  const shownIds = useMemo(() => new Set(shown.map((g) => g.id)), [shown]);
  const statusOptions: { id: Filter; label: string }[] = [
    { id: ALL, label: t('groups.list.allStatuses') },
    ...GROUP_STATUSES.map((s) => ({ id: s, label: t(`groups.status.${s}`) })),
  ];

  return (
    <>
      <div className="page-header">
        <div>
          <PageTitle>{t('groups.list.title')}</PageTitle>
          <p className="lead">{t('groups.list.intro')}</p>
        </div>
        {canCreate ? (
          <Button variant="primary" onPress={onNew}>
            {t('groups.list.new')}
          </Button>
        ) : null}
      </div>
      <fieldset className="filters groups-filters">
        <legend className="filters__legend">{t('groups.list.filters')}</legend>
        <Select<Filter> label={t('groups.fields.status')} options={statusOptions} value={status} onChange={setStatus} />
        <Checkbox isSelected={mine} onChange={setMine}>
          {t('groups.list.mine')}
        </Checkbox>
      </fieldset>
      <FormError error={groups.error} />
      {groups.value === null && !groups.error ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {groups.value ? (
        <Tabs selectedKey={tab} onSelectionChange={(key) => onTab(key as ListTab)} className="group-tabs">
          <TabList aria-label={t('groups.list.views')} className="group-tabs__list">
            {LIST_TABS.map((id) => (
              <Tab key={id} id={id} className="group-tabs__tab">
                {t(`groups.list.tabs.${id}`)}
              </Tab>
            ))}
          </TabList>
          <TabPanel id="list" className="group-tabs__panel">
            {shown.length === 0 ? (
              <p className="empty">{t('groups.list.empty')}</p>
            ) : (
              <GroupTable groups={shown} onOpen={onOpen} />
            )}
          </TabPanel>
          <TabPanel id="calendar" className="group-tabs__panel">
            <AllGroupsCalendar groupIds={shownIds} onOpen={(entry) => onOpenSession(entry.groupId, entry.sessionId)} />
          </TabPanel>
        </Tabs>
      ) : null}
    </>
  );
}

function GroupTable({ groups, onOpen }: { groups: GroupSummary[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const schedule = useScheduleText();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('groups.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('groups.fields.name')}</th>
            <th scope="col">{t('groups.fields.programme')}</th>
            <th scope="col">{t('groups.fields.schedule')}</th>
            <th scope="col">{t('groups.fields.members')}</th>
            <th scope="col">{t('groups.fields.status')}</th>
            <th scope="col">{t('groups.list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <GroupRow key={group.id} group={group} schedule={schedule(group)} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GroupRow({ group, schedule, onOpen }: { group: GroupSummary; schedule: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row">
        {group.name}
        {group.unit ? <span className="groups-subline">{group.unit}</span> : null}
      </th>
      <td>{group.programmeType === 'other' ? group.programmeText : t(`groups.programmes.${group.programmeType}`)}</td>
      <td>{schedule}</td>
      <td className="nowrap">
        {group.capacity ? t('groups.list.membersOf', { n: group.activeMembers, capacity: group.capacity }) : group.activeMembers}
      </td>
      <td>
        <span className={`status group-status group-status--${group.status}`}>{t(`groups.status.${group.status}`)}</span>
      </td>
      <td>
        <Button
          className="button--small"
          aria-label={t('groups.list.openNamed', { name: group.name })}
          onPress={() => onOpen(group.id)}
        >
          {t('groups.list.open')}
        </Button>
      </td>
    </tr>
  );
}
