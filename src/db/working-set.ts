import type { TsunaguDb } from './database.ts';
import { openRows } from './sealed-rows.ts';

/**
 * Opens, once per unlock, the small rows every list reads (the case list's and the disaster list's), so the
 * first search or disaster list after an unlock reads IndexedDB and finds every row already decrypted.
 */
export async function warmWorkingSet(db: TsunaguDb): Promise<void> {
  const [caseRows, disasterRows] = await Promise.all([db.caseRows.toArray(), db.disasterRows.toArray()]);
  await Promise.all([openRows(db, 'caseRows', caseRows), openRows(db, 'disasterRows', disasterRows)]);
}
