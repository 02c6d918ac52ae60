import { useState } from 'preact/hooks';
import { CreateAccountSchema } from '../../schema/admin.ts';
import { ROLES } from '../../schema/session.ts';
import { at } from './admin-messages.ts';

type Props = { onAdd: (body: unknown) => Promise<void> };

const EMPTY = { username: '', name: '', role: 'coordinator', areas: '', password: '' };

/** A new account, checked with the shared schema before it is sent; the server checks again. */
export function AddAccountForm({ onAdd }: Props) {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof EMPTY) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });

  async function handleSubmit(event: Event) {
    event.preventDefault();
    const body = { ...form, areas: form.areas.split(',').map((a) => a.trim()).filter(Boolean) };
    const parsed = CreateAccountSchema.safeParse(body);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '');
      return;
    }
    try {
      await onAdd(parsed.data);
      setForm(EMPTY);
      setError(null);
    } catch (caught) {
      setError(at('common.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
    }
  }

  return (
    <form class="card form" onSubmit={handleSubmit} noValidate>
      <h2>{at('users.add')}</h2>
      <div class="field"><label for="new-username">{at('users.username')}</label>
        <input id="new-username" autocapitalize="none" value={form.username} onInput={set('username')} /></div>
      <div class="field"><label for="new-name">{at('users.name')}</label><input id="new-name" value={form.name} onInput={set('name')} /></div>
      <div class="field"><label for="new-role">{at('users.role')}</label>
        <select id="new-role" value={form.role} onChange={set('role')}>
          {ROLES.map((role) => <option key={role} value={role}>{at(`role.${role}`)}</option>)}
        </select></div>
      <div class="field"><label for="new-areas">{at('users.areas')}</label>
        <input id="new-areas" value={form.areas} onInput={set('areas')} aria-describedby="new-areas-hint" />
        <p id="new-areas-hint" class="hint">{at('users.areasHint')}</p></div>
      <div class="field"><label for="new-password">{at('users.password')}</label>
        <input id="new-password" type="password" autocomplete="new-password" value={form.password} onInput={set('password')} /></div>
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit" class="button button--primary">{at('users.create')}</button>
    </form>
  );
}
