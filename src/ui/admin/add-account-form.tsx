import { useState } from 'preact/hooks';
import { CreateAccountSchema } from '../../schema/admin.ts';
import { ROLES } from '../../schema/session.ts';
import { AdminApiError } from './admin-api.ts';
import { at } from './admin-messages.ts';
import { describeAreas, findAreaProblem, splitAreas } from './area-codes.ts';

type Props = { nameOf: (code: string) => string; onAdd: (body: unknown) => Promise<void> };

const EMPTY = { username: '', name: '', role: 'coordinator', areas: '', password: '' };
type Key = keyof typeof EMPTY;
type Problem = { field: Key | 'form'; message: string };

const isKey = (field: unknown): field is Key => typeof field === 'string' && field in EMPTY;

/** The first problem of the form, checked with the shared schema; the field it belongs to, or the whole form. */
function findProblem(form: typeof EMPTY): Problem | { body: unknown } {
  const areas = splitAreas(form.areas);
  const areaProblem = findAreaProblem(areas);
  if (areaProblem) return { field: 'areas', message: areaProblem };
  const parsed = CreateAccountSchema.safeParse({ ...form, areas });
  if (parsed.success) return { body: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path[0];
  return { field: isKey(field) ? field : 'form', message: issue?.message ?? '' };
}

/** A new account, checked before it is sent (the server checks again); each error stands under its field. */
export function AddAccountForm({ nameOf, onAdd }: Props) {
  const [form, setForm] = useState(EMPTY);
  const [problem, setProblem] = useState<Problem | null>(null);
  const set = (key: Key) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });

  async function handleSubmit(event: Event) {
    event.preventDefault();
    const checked = findProblem(form);
    if (!('body' in checked)) return setProblem(checked);
    try {
      await onAdd(checked.body);
      setForm(EMPTY);
      setProblem(null);
    } catch (caught) {
      const field = caught instanceof AdminApiError && isKey(caught.field) ? caught.field : 'form';
      setProblem({ field, message: at('common.failed', { message: caught instanceof Error ? caught.message : String(caught) }) });
    }
  }

  const errorOf = (key: Key | 'form') => (problem?.field === key ? problem.message : null);
  const describe = (key: Key, hint?: string) => [hint, errorOf(key) && `new-${key}-error`].filter(Boolean).join(' ') || undefined;
  const error = (key: Key) => errorOf(key) && <p id={`new-${key}-error`} class="error" role="alert">{errorOf(key)}</p>;
  const input = (key: Key, extra: Record<string, string> = {}, hint?: string) => (
    <input id={`new-${key}`} value={form[key]} onInput={set(key)} aria-invalid={errorOf(key) ? 'true' : undefined}
      aria-describedby={describe(key, hint)} {...extra} />
  );

  return (
    <form class="card form" onSubmit={handleSubmit} noValidate>
      <h2>{at('users.add')}</h2>
      <div class="field"><label for="new-username">{at('users.username')}</label>
        {input('username', { autocapitalize: 'none' })}{error('username')}</div>
      <div class="field"><label for="new-name">{at('users.name')}</label>{input('name')}{error('name')}</div>
      <div class="field"><label for="new-role">{at('users.role')}</label>
        <select id="new-role" value={form.role} onChange={set('role')}>
          {ROLES.map((role) => <option key={role} value={role}>{at(`role.${role}`)}</option>)}
        </select></div>
      <div class="field"><label for="new-areas">{at('users.areas')}</label>
        {input('areas', {}, 'new-areas-hint new-areas-names')}
        <p id="new-areas-names" class="admin-account__names">{describeAreas(splitAreas(form.areas), nameOf)}</p>
        <p id="new-areas-hint" class="hint">{at('users.areasHint')}</p>{error('areas')}</div>
      <div class="field"><label for="new-password">{at('users.password')}</label>
        {input('password', { type: 'password', autocomplete: 'new-password' })}{error('password')}</div>
      {errorOf('form') && <p class="error" role="alert">{errorOf('form')}</p>}
      <button type="submit" class="button button--primary">{at('users.create')}</button>
    </form>
  );
}
