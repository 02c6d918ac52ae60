import { RESOURCE_COLUMNS, RESOURCE_CSV_FIELDS, fieldForHeader, type ResourceCsvField } from '../../domain/resource-csv-columns.ts';
import type { ColumnMapping } from '../../domain/resource-csv-import.ts';
import { im } from './import-messages.ts';

type Props = { headers: readonly string[]; mapping: ColumnMapping; onMap: (index: number, field: ResourceCsvField | null) => void };

/** One row per CSV column: its header and the field it fills (the person decides for unknown headers). */
export function ColumnMappingTable({ headers, mapping, onMap }: Props) {
  return (
    <div class="table-scroll">
      <table class="data-table" data-testid="column-mapping">
        <thead><tr><th scope="col">{im('column')}</th><th scope="col">{im('header')}</th><th scope="col">{im('field')}</th></tr></thead>
        <tbody>
          {headers.map((header, index) => {
            const isKnown = fieldForHeader(header) !== null;
            return (
              <tr key={index}>
                <td>{index + 1}</td>
                <td>{header}{!isKnown && <span class="badge badge--warn">{im('unknown')}</span>}</td>
                <td>
                  <select aria-label={`${im('field')}: ${header}`} value={mapping[index] ?? ''}
                    onChange={(e) => onMap(index, (e.currentTarget.value || null) as ResourceCsvField | null)}>
                    <option value="">{im('ignore')}</option>
                    {RESOURCE_CSV_FIELDS.map((field) => <option key={field} value={field}>{RESOURCE_COLUMNS[field].header}</option>)}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
