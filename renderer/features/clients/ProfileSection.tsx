import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import type { Language } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { formatDate, formatCalendarDate } from '../../i18n/format';
import { EditProfileDialog } from './EditProfileDialog';

type Props = { client: ClientDetail; onChanged: (client: ClientDetail) => void };

/** What is recorded about the person, and the psychologist's notes; Edit changes them. */
export function ProfileSection({ client, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [editing, setEditing] = useState(false);
  const none = <span className="muted">{t('clients.notRecorded')}</span>;
  const facts: [string, ReactNode][] = [
    [t('clients.fields.birthDate'), client.birthDate ? formatCalendarDate(language, client.birthDate) : none],
    [t('clients.fields.sex'), client.sex ? t(`clients.sexes.${client.sex}`) : none],
    [t('clients.fields.language'), client.language ? t(`languages.${client.language}`) : none],
    [t('clients.fields.unit'), client.unit ?? none],
    [
      t('clients.profileFields.educationLevel'),
      client.educationLevel ? t(`clients.profileFields.educationLevels.${client.educationLevel}`) : none,
    ],
    [t('clients.profileFields.literacy'), client.literacy ? t(`clients.profileFields.literacyLevels.${client.literacy}`) : none],
    [
      t('clients.profileFields.readAloud'),
      client.questionnairesReadAloud === null
        ? none
        : t(client.questionnairesReadAloud ? 'clients.profileFields.readAloudYes' : 'clients.profileFields.readAloudNo'),
    ],
    [
      t('clients.profileFields.sentence'),
      client.sentenceStart || client.sentenceEnd
        ? t('clients.profileFields.sentenceRange', {
            start: client.sentenceStart ? formatCalendarDate(language, client.sentenceStart) : '…',
            end: client.sentenceEnd ? formatCalendarDate(language, client.sentenceEnd) : '…',
          })
        : none,
    ],
    [t('clients.profile.registered'), formatDate(language, new Date(client.createdAt))],
  ];
  return (
    <section className="panel client-section" aria-labelledby="client-profile">
      <div className="client-section__header">
        <h2 id="client-profile">{t('clients.profile.title')}</h2>
        <Button onPress={() => setEditing(true)}>{t('clients.profile.edit')}</Button>
      </div>
      <dl className="client-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="client-facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="client-section__subheading">{t('clients.fields.notes')}</h3>
      {client.notes ? <p className="client-notes">{client.notes}</p> : <p className="muted">{t('clients.profile.noNotes')}</p>}
      {editing ? (
        <EditProfileDialog
          client={client}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            onChanged(saved);
          }}
        />
      ) : null}
    </section>
  );
}
