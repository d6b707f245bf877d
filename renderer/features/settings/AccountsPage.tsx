import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { useLoaded } from '../../hooks/useLoaded';
import { useSignedIn, useVault } from '../vault/VaultContext';
import { type AccountAction, AccountsTable } from './AccountsTable';
import { CreateAccountDialog } from './CreateAccountDialog';
import { DisableAccountDialog } from './DisableAccountDialog';
import { EditAccountDialog } from './EditAccountDialog';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

const listAccounts = () => call('accounts:list', {});

type Open = { kind: 'create' } | { kind: AccountAction; account: Account } | null;

/** Settings → Accounts (admin): everyone who can sign in here, and what they may do. */
export function AccountsPage() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const { refresh } = useVault();
  const { value: accounts, error, reload } = useLoaded(listAccounts);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);

  const finished = (text: string, account?: Account) => {
    setOpen(null);
    setDone(text);
    reload();
    // Editing yourself changes your session (name, roles, language): read it again.
    if (account?.id === session.account.id) void refresh();
  };
  const close = () => setOpen(null);

  return (
    <>
      <div className="page-header">
        <PageTitle>{t('accounts.title')}</PageTitle>
        <Button variant="primary" onPress={() => setOpen({ kind: 'create' })}>
          {t('accounts.create')}
        </Button>
      </div>
      <p className="lead">{t('accounts.intro')}</p>
      <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done}
      </p>
      <FormError error={error} />
      {accounts ? (
        <AccountsTable accounts={accounts} selfId={session.account.id} onAction={(kind, account) => setOpen({ kind, account })} />
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
      <CreateAccountDialog
        isOpen={open?.kind === 'create'}
        onClose={close}
        onCreated={(account) => finished(t('accounts.created', { name: account.fullName }))}
      />
      {open && open.kind !== 'create' ? (
        <>
          <EditAccountDialog
            account={open.account}
            isOpen={open.kind === 'edit'}
            onClose={close}
            onSaved={(account) => finished(t('accounts.saved', { name: account.fullName }), account)}
          />
          <DisableAccountDialog
            account={open.account}
            isOpen={open.kind === 'disable'}
            onClose={close}
            onDisabled={(account) => finished(t('accounts.disabled', { name: account.fullName }))}
          />
          <TemporaryPasswordDialog
            account={open.account}
            mode={open.kind === 'enable' ? 'enable' : 'reset'}
            isOpen={open.kind === 'enable' || open.kind === 'reset'}
            onClose={close}
            onDone={(account) =>
              finished(t(open.kind === 'enable' ? 'accounts.enabled' : 'accounts.passwordReset', { name: account.fullName }))
            }
          />
        </>
      ) : null}
    </>
  );
}
