import { useCallback } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { PageTitle } from '../../../components/Page';
import { GROUP_TABS, type GroupTab, type GroupsView } from '../useGroupsArea';
import { useLoaded } from '../../../hooks/useLoaded';
import { Dashboard } from './Dashboard';
import { GroupFacts } from './GroupFacts';
import { MembersPanel } from './MembersPanel';
import { SessionCalendar } from './SessionCalendar';
import { SessionsPanel } from './SessionsPanel';

type Props = { groupId: string; tab: GroupTab; go: (view: GroupsView) => void };

/** One group: its facts, then members, sessions, the session calendar and the dashboard as tabs. */
export function GroupPage({ groupId, tab, go }: Props) {
  const { t } = useTranslation();
  const load = useCallback(() => call('groups:get', { groupId }), [groupId]);
  const group = useLoaded(load);
  const detail = group.value;

  if (!detail) {
    return (
      <>
        <Button variant="quiet" onPress={() => go({ kind: 'list' })}>
          {t('groups.back.toList')}
        </Button>
        <FormError error={group.error} />
        {!group.error ? <p aria-busy="true">{t('common.loading')}</p> : null}
      </>
    );
  }
  const openSession = (sessionId: string) => go({ kind: 'session', groupId, sessionId });
  return (
    <>
      <nav className="groups-crumbs" aria-label={t('groups.back.label')}>
        <Button variant="quiet" className="button--small" onPress={() => go({ kind: 'list' })}>
          {t('groups.back.toList')}
        </Button>
      </nav>
      <div className="page-header">
        <div>
          <p className="eyebrow">
            {detail.programmeType === 'other' ? detail.programmeText : t(`groups.programmes.${detail.programmeType}`)}
          </p>
          <PageTitle>{detail.name}</PageTitle>
        </div>
        {detail.canManage && detail.status !== 'finished' ? (
          <Button onPress={() => go({ kind: 'edit', groupId })}>{t('groups.group.edit')}</Button>
        ) : null}
      </div>
      <FormError error={group.error} />
      <GroupFacts group={detail} />
      <Tabs
        selectedKey={tab}
        onSelectionChange={(key) => go({ kind: 'group', groupId, tab: key as GroupTab })}
        className="group-tabs"
      >
        <TabList aria-label={t('groups.group.sections')} className="group-tabs__list">
          {GROUP_TABS.map((id) => (
            <Tab key={id} id={id} className="group-tabs__tab">
              {t(`groups.tabs.${id}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="members" className="group-tabs__panel">
          <MembersPanel
            group={detail}
            onChanged={group.reload}
            onProgress={(memberId) => go({ kind: 'member', groupId, memberId })}
          />
        </TabPanel>
        <TabPanel id="sessions" className="group-tabs__panel">
          <SessionsPanel group={detail} onOpen={openSession} />
        </TabPanel>
        <TabPanel id="calendar" className="group-tabs__panel">
          <SessionCalendar group={detail} onOpen={openSession} />
        </TabPanel>
        <TabPanel id="dashboard" className="group-tabs__panel">
          <Dashboard group={detail} onProgress={(memberId) => go({ kind: 'member', groupId, memberId })} />
        </TabPanel>
      </Tabs>
    </>
  );
}
