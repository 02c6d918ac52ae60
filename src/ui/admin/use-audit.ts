import { useCallback, useEffect, useState } from 'preact/hooks';
import { AuditListSchema, type AuditList } from '../../schema/admin.ts';
import { adminFetch, adminJson } from './admin-api.ts';

export type AuditFilter = { userId: string; action: string; from: string; to: string };

export const EMPTY_FILTER: AuditFilter = { userId: '', action: '', from: '', to: '' };

const toQuery = (filter: AuditFilter) => new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== '')).toString();

/** The filtered audit log (newest first) with the chain's verdict; reloads when the filter is applied. */
export function useAudit(filter: AuditFilter): { list: AuditList | null; error: string | null } {
  const [state, setState] = useState<{ list: AuditList | null; error: string | null }>({ list: null, error: null });
  useEffect(() => {
    let isCurrent = true;
    adminJson(`/api/admin/audit?${toQuery(filter)}`)
      .then((raw) => isCurrent && setState({ list: AuditListSchema.parse(raw), error: null }))
      .catch((caught: unknown) => isCurrent && setState({ list: null, error: caught instanceof Error ? caught.message : String(caught) }));
    return () => {
      isCurrent = false;
    };
  }, [filter]);
  return state;
}

/** Downloads the same filter as CSV (the server audits the export). */
export function useAuditCsv(filter: AuditFilter): () => Promise<void> {
  return useCallback(async () => {
    const response = await adminFetch(`/api/admin/audit.csv?${toQuery(filter)}`);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `tsunagu-audit-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, [filter]);
}
