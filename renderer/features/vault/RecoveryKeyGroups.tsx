import { useTranslation } from 'react-i18next';

/** The key in large monospace groups, each numbered, read left to right. */
export function RecoveryKeyGroups({ groups }: { groups: string[] }) {
  const { t } = useTranslation();
  return (
    <ol className="key-groups" aria-label={t('setup.key.groupsLabel')}>
      {groups.map((group, index) => (
        // Groups may repeat; their position is their identity.
        <li key={index} className="key-groups__item">
          <span className="key-groups__number">{t('setup.key.groupNumber', { n: index + 1 })}</span>
          <span className="key-groups__value">{group}</span>
        </li>
      ))}
    </ol>
  );
}
