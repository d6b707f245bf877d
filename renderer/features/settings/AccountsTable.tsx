import { useTranslation } from 'react-i18next';
import type { Account } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';

/** What an admin can do to an account from its row. */
export type AccountAction = 'edit' | 'disable' | 'enable' | 'reset';

type Props = { accounts: Account[]; selfId: string; onAction: (action: AccountAction, account: Account) => void };

/**
 * A plain HTML table: screen readers' table commands work, and every action is a button in
 * the tab order. Row buttons name the person ("Edit: …") so they are not a list of identical "Edit"s.
 */
export function AccountsTable({ accounts, selfId, onAction }: Props) {
  const { t } = useTranslation();
  const action = (kind: AccountAction, account: Account, variant: 'secondary' | 'danger' | 'quiet' = 'secondary') => (
    <Button
      variant={variant}
      className="button--small"
      aria-label={t('accounts.actionFor', { action: t(`accounts.actions.${kind}`), name: account.fullName })}
      onPress={() => onAction(kind, account)}
    >
      {t(`accounts.actions.${kind}`)}
    </Button>
  );
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('accounts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.fullName')}</th>
            <th scope="col">{t('fields.username')}</th>
            <th scope="col">{t('fields.roles')}</th>
            <th scope="col">{t('fields.language')}</th>
            <th scope="col">{t('accounts.status')}</th>
            <th scope="col">{t('accounts.actionsHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} className={account.active ? undefined : 'table__row--muted'}>
              <th scope="row">
                {account.fullName}
                {account.id === selfId ? <span className="tag">{t('accounts.you')}</span> : null}
              </th>
              <td className="mono">{account.username}</td>
              <td>{account.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
              <td lang={account.language}>{t(`languages.${account.language}`)}</td>
              <td>
                <span className={account.active ? 'status status--active' : 'status status--disabled'}>
                  {account.active ? t('accounts.active') : t('accounts.inactive')}
                </span>
                {account.active && account.mustChangePassword ? (
                  <span className="status-note">{t('accounts.mustChange')}</span>
                ) : null}
              </td>
              <td>
                <div className="table__actions">
                  {account.active ? action('edit', account) : null}
                  {account.active ? action('reset', account) : null}
                  {account.active ? action('disable', account, 'danger') : action('enable', account)}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
