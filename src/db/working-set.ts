import { ensureCaseIndex } from './case-index.ts';
import { listCaseRowsUnsorted } from './case-rows.ts';
import type { TsunaguDb } from './database.ts';

/**
 * Once per unlock, after the first screen: rows missing from the case index (a tablet updated from database
 * version 8) are rebuilt from the cases, and every row opened, so the first disaster list after an unlock finds
 * each one already decrypted. (The case list, the first screen, opens the same rows as it shows them.)
 */
export async function warmWorkingSet(db: TsunaguDb): Promise<void> {
  await ensureCaseIndex(db);
  await listCaseRowsUnsorted(db);
}
