import type { ComponentChildren } from 'preact';
import { useSignedInSession } from '../session/session-context.ts';
import { at } from './admin-messages.ts';
import './admin.css';

/**
 * The administrator's screens for administrators only. Anyone else reaching the address gets one plain notice,
 * not a form the server will refuse and a raw 403 message (and no request is made).
 */
export function AdminOnly({ title, children }: { title: string; children: ComponentChildren }) {
  const session = useSignedInSession();
  if (session.user.role === 'admin') return <>{children}</>;
  return (
    <section class="admin" data-testid="admin-only">
      <h1>{title}</h1>
      <p class="notice">{at('common.adminOnly')}</p>
    </section>
  );
}
