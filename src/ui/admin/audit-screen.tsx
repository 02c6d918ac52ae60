import { useState } from 'preact/hooks';
import { AUDIT_ACTIONS } from '../../schema/admin.ts';
import { failureText } from '../i18n/failure-text.ts';
import { at } from './admin-messages.ts';
import { AdminNav } from './admin-nav.tsx';
import { AdminOnly } from './admin-only.tsx';
import { AuditTable } from './audit-table.tsx';
import { accountLabel, auditActionLabel, auditUserLabel } from './audit-labels.ts';
import { useAccounts } from './use-accounts.ts';
import { EMPTY_FILTER, useAudit, useAuditCsv, type AuditFilter } from './use-audit.ts';

/** `#/admin/audit`: filters, the tamper check's verdict, the entries and a CSV export. */
export function AuditScreen() {
  return <AdminOnly title={at('audit.title')}><AuditLog /></AdminOnly>;
}

function AuditLog() {
  const [draft, setDraft] = useState<AuditFilter>(EMPTY_FILTER);
  const [filter, setFilter] = useState<AuditFilter>(EMPTY_FILTER);
  const { list, error } = useAudit(filter);
  const [{ accounts }] = useAccounts();
  const exportCsv = useAuditCsv(filter);
  const [exportError, setExportError] = useState<string | null>(null);
  const set = (key: keyof AuditFilter) => (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });

  function handleSubmit(event: Event) {
    event.preventDefault();
    setFilter({ ...draft });
  }

  return (
    <section class="admin">
      <AdminNav current="audit" />
      <h1>{at('audit.title')}</h1>
      <form class="card form form--inline" onSubmit={handleSubmit}>
        <div class="field"><label for="audit-user">{at('audit.user')}</label>
          <select id="audit-user" value={draft.userId} onChange={set('userId')}>
            <option value="">{at('audit.any')}</option>
            {(accounts ?? []).map((account) => <option key={account.id} value={account.id}>{accountLabel(account)}</option>)}
            <option value="-">{auditUserLabel('-', accounts)}</option>
          </select></div>
        <div class="field"><label for="audit-action">{at('audit.action')}</label>
          <select id="audit-action" value={draft.action} onChange={set('action')}>
            <option value="">{at('audit.any')}</option>
            {AUDIT_ACTIONS.map((action) => <option key={action} value={action}>{auditActionLabel(action)}</option>)}
          </select></div>
        <div class="field"><label for="audit-from">{at('audit.from')}</label><input id="audit-from" type="date" value={draft.from} onInput={set('from')} /></div>
        <div class="field"><label for="audit-to">{at('audit.to')}</label><input id="audit-to" type="date" value={draft.to} onInput={set('to')} /></div>
        <button type="submit" class="button button--primary">{at('audit.search')}</button>
        <button type="button" class="button" onClick={() => void exportCsv().catch((e: unknown) => setExportError(failureText(e)))}>{at('audit.csv')}</button>
      </form>
      {exportError && <p class="error" role="alert">{exportError}</p>}
      {error && <p class="error" role="alert">{at('common.failed', { message: error })}</p>}
      {list && (
        <p class={list.chain.ok ? 'notice' : 'error'} role="status" data-testid="audit-chain">
          {list.chain.ok ? at('audit.chainOk', { n: list.chain.entries })
            : at('audit.chainBroken', { seq: list.chain.brokenAt ?? '?', reason: list.chain.reason ?? '' })}
        </p>
      )}
      {list && <AuditTable entries={list.entries} accounts={accounts} />}
    </section>
  );
}
