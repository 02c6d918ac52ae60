import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { importResources } from '../../db/resources.ts';
import type { ColumnMapping, CsvTable, ImportError, ImportPreview } from '../../domain/resource-csv-import.ts';
import { getResourceWorker } from './resource-worker-client.ts';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'failed'; error: ImportError }
  | { step: 'mapping'; table: CsvTable; mapping: ColumnMapping; preview: ImportPreview | null }
  | { step: 'importing'; table: CsvTable }
  | { step: 'done'; count: number }
  | { step: 'refused'; message: string };

/** The import's steps: read the file in the worker, map columns, preview (re-run on each mapping change), write. */
export function useCsvImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const mapping = state.step === 'mapping' ? state.mapping : null;
  const table = state.step === 'mapping' ? state.table : null;

  useEffect(() => {
    if (!table || !mapping) return;
    let isCurrent = true;
    void getResourceWorker().previewImport(table, mapping).then((preview) => {
      if (isCurrent) setState((s) => (s.step === 'mapping' && s.mapping === mapping ? { ...s, preview } : s));
    });
    return () => void (isCurrent = false);
  }, [table, mapping]);

  async function readFile(file: File) {
    setState({ step: 'reading' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await getResourceWorker().readCsv(bytes);
    if (!read.table) setState({ step: 'failed', error: read.error! });
    else setState({ step: 'mapping', table: read.table, mapping: read.mapping, preview: null });
  }

  function mapColumn(index: number, field: ColumnMapping[number]) {
    setState((s) => (s.step === 'mapping' ? { ...s, mapping: s.mapping.map((f, i) => (i === index ? field : f)), preview: null } : s));
  }

  async function runImport() {
    if (state.step !== 'mapping' || !state.preview || state.preview.errors.length > 0) return;
    const { records } = state.preview;
    setState({ step: 'importing', table: state.table });
    try {
      await importResources(getDb(), records);
      setState({ step: 'done', count: records.length });
    } catch (caught) {
      setState({ step: 'refused', message: caught instanceof Error ? caught.message : String(caught) });
    }
  }

  return { state, readFile, mapColumn, runImport };
}
