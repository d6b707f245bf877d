import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../common/format';
import { AUDIT_CHECK_DAYS, type AdminHome, type HomePlace } from '../../../electron/contract/homeChannels';
import type { Language } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { DueSection, RoleBlock } from './DueSection';

/** One state line with the button that opens where it is dealt with. */
function StateLine({
  id,
  title,
  text,
  warn,
  action,
  onPress,
}: {
  id: string;
  title: string;
  text: string;
  warn: boolean;
  action: string;
  onPress: () => void;
}) {
  return (
    <section className="home-due" aria-labelledby={`home-${id}`} data-testid={`home-${id}`}>
      <h3 id={`home-${id}`} className="home-due__title">
        {title}
      </h3>
      <p className={warn ? 'home-state home-state--warn' : 'home-state'}>{text}</p>
      <Button onPress={onPress}>{action}</Button>
    </section>
  );
}

/** The admin's block: backups, colleagues still on a temporary password, and the audit log's last check. */
export function AdminDue({ due, onOpen }: { due: AdminHome; onOpen: (place: HomePlace) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const when = (iso: string) => formatDateTime(language, new Date(iso), 'minutes');
  const { backup, auditCheck } = due;
  const backupText = backup.failed
    ? t('home.admin.backupFailed')
    : backup.lastVerifiedAt === null
      ? t('home.admin.backupNever')
      : t(backup.overdue ? 'home.admin.backupOverdue' : 'home.admin.backupFine', { date: when(backup.lastVerifiedAt) });
  const auditText =
    auditCheck.lastAt === null
      ? t('home.admin.auditNever')
      : auditCheck.intact === false
        ? t('home.admin.auditProblem', { date: when(auditCheck.lastAt) })
        : t(auditCheck.due ? 'home.admin.auditDue' : 'home.admin.auditFine', {
            date: when(auditCheck.lastAt),
            days: AUDIT_CHECK_DAYS,
          });
  return (
    <RoleBlock id="admin" title={t('home.admin.title')}>
      <StateLine
        id="backup"
        title={t('home.admin.backup')}
        text={backupText}
        warn={backup.failed || backup.overdue}
        action={t('home.admin.openBackup')}
        onPress={() => onOpen(backup.place)}
      />
      <DueSection
        id="temporaryPasswords"
        title={t('home.admin.temporaryPasswords')}
        rule={t('home.admin.temporaryPasswordsRule')}
        total={due.temporaryPasswords.total}
        onOpen={onOpen}
        items={due.temporaryPasswords.items.map((a) => ({ key: a.id, place: a.place, title: a.fullName, detail: a.username }))}
      />
      <StateLine
        id="auditCheck"
        title={t('home.admin.auditCheck')}
        text={auditText}
        warn={auditCheck.due}
        action={t('home.admin.openAudit')}
        onPress={() => onOpen(auditCheck.place)}
      />
    </RoleBlock>
  );
}
