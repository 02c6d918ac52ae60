import { useCallback, useEffect, useState } from 'preact/hooks';
import { AccountListSchema, type AccountView } from '../../schema/admin.ts';
import { adminJson } from './admin-api.ts';

export type AccountsState = { accounts: AccountView[] | null; error: string | null };

/** The account list from the server, and a way to apply one change and reload. */
export function useAccounts(): [AccountsState, (path: string, method: string, body: unknown) => Promise<void>] {
  const [state, setState] = useState<AccountsState>({ accounts: null, error: null });
  const load = useCallback(async () => {
    try {
      const { accounts } = AccountListSchema.parse(await adminJson('/api/admin/users'));
      setState({ accounts, error: null });
    } catch (caught) {
      setState((s) => ({ ...s, error: caught instanceof Error ? caught.message : String(caught) }));
    }
  }, []);
  useEffect(() => void load(), [load]);
  const apply = useCallback(async (path: string, method: string, body: unknown) => {
    await adminJson(path, method, body);
    await load();
  }, [load]);
  return [state, apply];
}
