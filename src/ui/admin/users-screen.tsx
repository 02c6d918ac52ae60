import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { useSignedInSession } from '../session/session-context.ts';
import { AccountRow } from './account-row.tsx';
import { AddAccountForm } from './add-account-form.tsx';
import { at } from './admin-messages.ts';
import { AdminNav } from './admin-nav.tsx';
import { AdminOnly } from './admin-only.tsx';
import { useAccounts } from './use-accounts.ts';

/** `#/admin/users`: every account, with disable/enable, areas and password reset; a form to add one. */
export function UsersScreen() {
  return <AdminOnly title={at('users.title')}><Accounts /></AdminOnly>;
}

function Accounts() {
  const session = useSignedInSession();
  const [{ accounts, error }, apply] = useAccounts();
  const nameOf = useMunicipalityNames();
  return (
    <section class="admin">
      <AdminNav current="users" />
      <h1>{at('users.title')}</h1>
      {!navigator.onLine && <p class="notice">{at('common.offline')}</p>}
      {error && <p class="error" role="alert">{at('common.failed', { message: error })}</p>}
      {accounts && (
        <div class="table-scroll">
          <table class="table admin-accounts" data-testid="accounts">
            <thead><tr>
              <th scope="col">{at('users.username')}</th><th scope="col">{at('users.name')}</th><th scope="col">{at('users.role')}</th>
              <th scope="col">{at('users.areas')}</th><th scope="col">{at('users.state')}</th><th scope="col">{at('users.actions')}</th>
            </tr></thead>
            <tbody>
              {accounts.map((account) => (
                <AccountRow key={`${account.id}-${account.disabledAt}-${account.areas.join()}`} account={account} isSelf={account.id === session.user.id} nameOf={nameOf}
                  onChange={(body) => apply(`/api/admin/users/${encodeURIComponent(account.id)}`, 'PATCH', body)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddAccountForm nameOf={nameOf} onAdd={(body) => apply('/api/admin/users', 'POST', body)} />
    </section>
  );
}
