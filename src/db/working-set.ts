import type { TsunaguDb } from './database.ts';
import { openRows } from './sealed-rows.ts';

/**
 * Opens, once per unlock, the disaster list's rows, so the first disaster list after an unlock finds every row
 * already decrypted. (The case list, the first screen, opens its own rows as it shows them.)
 */
export async function warmWorkingSet(db: TsunaguDb): Promise<void> {
  await openRows(db, 'disasterRows', await db.disasterRows.toArray());
}
