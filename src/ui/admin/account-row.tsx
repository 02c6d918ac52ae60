import { useState } from 'preact/hooks';
import type { AccountView } from '../../schema/admin.ts';
import { at } from './admin-messages.ts';
import { describeAreas, findAreaProblem, splitAreas } from './area-codes.ts';

type Props = { account: AccountView; isSelf: boolean; nameOf: (code: string) => string; onChange: (body: unknown) => Promise<void> };

/** One account: state, areas (editable), disable/enable and a password reset. */
export function AccountRow({ account, isSelf, nameOf, onChange }: Props) {
  const [areas, setAreas] = useState(account.areas.join(','));
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  async function run(body: unknown) {
    setMessage(null);
    try {
      await onChange(body);
      setMessage(at('users.done'));
      setPassword('');
    } catch (caught) {
      setMessage(at('common.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
    }
  }

  function handleSaveAreas() {
    const codes = splitAreas(areas);
    const problem = findAreaProblem(codes);
    if (problem) return setMessage(problem);
    void run({ areas: codes });
  }

  function handleToggle() {
    const disable = account.disabledAt === null;
    if (disable && !window.confirm(at('users.disableConfirm', { name: account.name }))) return;
    void run({ disabled: disable });
  }

  const id = `account-${account.username}`;
  return (
    <tr data-testid="account-row">
      <th scope="row">{account.username}</th>
      <td>{account.name}</td>
      <td>{at(`role.${account.role}`)}</td>
      <td class="admin-account__areas">
        <input id={`${id}-areas`} aria-label={`${at('users.areas')} ${account.username}`} value={areas} disabled={isSelf}
          aria-describedby={`${id}-area-names`} onInput={(e) => setAreas(e.currentTarget.value)} />
        <p id={`${id}-area-names`} class="admin-account__names">{describeAreas(splitAreas(areas), nameOf)}</p>
        <button type="button" class="button button--small" disabled={isSelf} onClick={handleSaveAreas}>{at('users.saveAreas')}</button>
      </td>
      <td class="nowrap">{account.disabledAt ? at('users.disabled', { date: account.disabledAt.slice(0, 10) }) : at('users.active')}</td>
      <td class="admin-account__password">
        <button type="button" class="button button--small" disabled={isSelf} onClick={handleToggle}>
          {account.disabledAt ? at('users.enable') : at('users.disable')}
        </button>
        <label for={`${id}-password`}>{at('users.newPassword')}</label>
        <input id={`${id}-password`} type="password" autocomplete="new-password" value={password}
          aria-label={`${at('users.newPassword')} ${account.username}`}
          onInput={(e) => setPassword(e.currentTarget.value)} />
        <button type="button" class="button button--small" disabled={password.length === 0} onClick={() => void run({ password })}>{at('users.reset')}</button>
        <p role="status">{message ?? ''}</p>
      </td>
    </tr>
  );
}
