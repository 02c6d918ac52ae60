/** Saves bytes as a file through a temporary link (works offline: nothing is fetched). */
export function downloadBytes(bytes: Uint8Array, filename: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 2026-11-01 → 20261101, for file names. */
export const compactDate = (iso: string) => iso.replace(/-/g, '');
