import type { TsunaguDb } from './database.ts';
import { sealExistingRows } from './seal-existing.ts';
import { createVault } from './vault.ts';

/**
 * The PIN chosen at first sign-in (or after updating from a version without encryption): new device keys, then
 * every row already on the tablet sealed under them. The app is unlocked afterwards.
 */
export async function setUpPin(db: TsunaguDb, pin: string, iterations?: number): Promise<void> {
  await createVault(db, pin, iterations);
  await sealExistingRows(db);
}
