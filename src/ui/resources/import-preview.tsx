import type { ImportPreview } from '../../domain/resource-csv-import.ts';
import { im } from './import-messages.ts';
import { typeLabel } from './resource-labels.ts';

const SHOWN = 30;

export function ImportErrors({ errors }: { errors: ImportPreview['errors'] }) {
  return (
    <div class="import-errors" role="alert">
      <p class="error">{im('errors', { n: errors.length })}</p>
      <div class="table-scroll">
        <table class="data-table" data-testid="import-errors">
          <thead><tr><th scope="col">{im('line')}</th><th scope="col">{im('column')}</th><th scope="col">{im('header')}</th><th scope="col">{im('reason')}</th></tr></thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={i} data-testid="import-error">
                <td>{e.line}</td><td>{e.column ?? im('whole')}</td><td>{e.header}</td><td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ImportRecords({ preview }: { preview: ImportPreview }) {
  const creates = preview.records.filter((r) => r.action === 'create').length;
  return (
    <>
      <p data-testid="import-summary">{im('summary', { creates, updates: preview.records.length - creates })}</p>
      <ul class="plain-list">
        {preview.records.slice(0, SHOWN).map((record) => (
          <li key={record.line}>
            <span class="badge">{record.action === 'create' ? im('create') : im('update')}</span> {record.fields.name}（{typeLabel(record.fields.type)}）
          </li>
        ))}
      </ul>
      {preview.records.length > SHOWN && <p class="muted">{im('more', { n: preview.records.length - SHOWN })}</p>}
    </>
  );
}
