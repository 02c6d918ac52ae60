import type { TsunaguDb } from './database.ts';
import { SEALED_TABLES, sealRows, type SealedTable, type StoredRow } from './sealed-rows.ts';

/** Seals, table by table, the rows stored in clear by a version before encryption at rest. */
export async function sealExistingRows(db: TsunaguDb): Promise<number> {
  let sealed = 0;
  for (const table of Object.keys(SEALED_TABLES) as SealedTable[]) {
    const clear = (await db.table<StoredRow>(table).toArray()).filter((row) => !row.sealed);
    if (clear.length === 0) continue;
    const rows = await sealRows(db, table, clear);
    await db.table(table).bulkPut(rows);
    sealed += rows.length;
  }
  return sealed;
}
