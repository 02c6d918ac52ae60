import { triggerSync } from '../sync/sync-controller.ts';
import { ColumnMappingTable } from './column-mapping.tsx';
import { im } from './import-messages.ts';
import { ImportErrors, ImportRecords } from './import-preview.tsx';
import { useCsvImport } from './use-csv-import.ts';
import './resources.css';

/** CSV import: file → encoding and mapping → preview with row-level errors → one all-or-nothing write. */
export function ResourceImport() {
  const { state, readFile, mapColumn, runImport } = useCsvImport();

  function handleFile(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) void readFile(file);
  }

  async function handleImport() {
    await runImport();
    triggerSync();
  }

  const preview = state.step === 'mapping' ? state.preview : null;
  return (
    <section class="resource-import" aria-labelledby="import-title">
      <p><a href="#/resources">{im('back')}</a></p>
      <h1 id="import-title">{im('title')}</h1>
      <p class="muted">{im('lead')}</p>
      <div class="field">
        <label for="import-file">{im('file')}</label>
        <input id="import-file" type="file" accept=".csv,text/csv" onChange={handleFile} />
      </div>
      {state.step === 'reading' && <p role="status">{im('reading')}</p>}
      {state.step === 'failed' && <ImportErrors errors={[state.error]} />}
      {state.step === 'mapping' && (
        <>
          <p data-testid="import-encoding">{im('encoding', { encoding: state.table.encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8', rows: state.table.rows.length })}</p>
          <h2>{im('mapping')}</h2>
          <p class="muted">{im('mappingLead')}</p>
          <ColumnMappingTable headers={state.table.headers} mapping={state.mapping} onMap={mapColumn} />
          <h2>{im('preview')}</h2>
          {!preview && <p role="status">{im('reading')}</p>}
          {preview && preview.errors.length > 0 && <ImportErrors errors={preview.errors} />}
          {preview && preview.errors.length === 0 && <p class="ok">{im('noErrors')}</p>}
          {preview && <ImportRecords preview={preview} />}
          <button type="button" class="button button--primary" onClick={() => void handleImport()}
            disabled={!preview || preview.errors.length > 0 || preview.records.length === 0}>
            {im('import', { n: preview?.records.length ?? 0 })}
          </button>
        </>
      )}
      {state.step === 'importing' && <p role="status">{im('importing')}</p>}
      {state.step === 'done' && <p role="status" class="ok" data-testid="import-done">{im('done', { n: state.count })} <a href="#/resources">{im('back')}</a></p>}
      {state.step === 'refused' && <p role="alert" class="error">{im('failed', { message: state.message })}</p>}
    </section>
  );
}
