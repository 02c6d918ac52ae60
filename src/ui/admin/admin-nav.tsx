import { at } from './admin-messages.ts';

/** Between the administrator's two screens. */
export function AdminNav({ current }: { current: 'users' | 'audit' }) {
  return (
    <nav class="admin__nav" aria-label={at('nav.label')}>
      <a href="#/admin/users" aria-current={current === 'users' ? 'page' : undefined}>{at('nav.users')}</a>
      <a href="#/admin/audit" aria-current={current === 'audit' ? 'page' : undefined}>{at('nav.audit')}</a>
    </nav>
  );
}
