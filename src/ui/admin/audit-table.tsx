import type { AccountView, AuditEntryView } from '../../schema/admin.ts';
import { at } from './admin-messages.ts';
import { auditActionLabel, auditUserLabel } from './audit-labels.ts';

/** The entries as found; times in Japan time. Details are shown as stored (JSON), never interpreted as HTML. */
export function AuditTable({ entries, accounts }: { entries: readonly AuditEntryView[]; accounts: readonly AccountView[] | null }) {
  if (entries.length === 0) return <p role="status">{at('audit.empty')}</p>;
  return (
    <div class="table-scroll">
      <table class="table" data-testid="audit-entries">
        <thead><tr>
          <th scope="col">#</th><th scope="col">{at('audit.at')}</th><th scope="col">{at('audit.user')}</th>
          <th scope="col">{at('audit.action')}</th><th scope="col">{at('audit.record')}</th><th scope="col">{at('audit.detail')}</th>
        </tr></thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq} data-testid="audit-row">
              <td>{entry.seq}</td>
              <td>{new Date(entry.at).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })}</td>
              <td>{auditUserLabel(entry.userId, accounts)}</td>
              <td>{auditActionLabel(entry.action)}</td>
              <td>{[entry.collection, entry.recordId].filter(Boolean).join(' / ')}</td>
              <td class="audit__detail">{entry.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
