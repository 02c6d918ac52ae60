import { decodeJson, encodeJson } from '../crypto/bytes.ts';
import { openSealed, sealTo } from '../crypto/sealed-box.ts';
import { applyPulledPage, preparePulledPage, type PreparedPage, type PulledPage } from './apply-pulled.ts';
import type { TsunaguDb } from './database.ts';
import { getDeviceKeys, getDevicePublicKey } from './vault.ts';

// Pulled pages while the app is locked (or in the service worker, which never holds the keys): sealed to the
// device's public key and kept in order in `inbox`; an unlocked app opens and writes them, oldest first.

/** The device has no PIN yet: nothing may be pulled onto it. */
export class NoVaultError extends Error {
  constructor() {
    super('no PIN has been set on this device yet');
    this.name = 'NoVaultError';
  }
}

const LABEL = 'inbox:page';

/**
 * Starts rebasing and sealing a page for storePulledPage where the keys are at hand (nothing to prepare in the
 * service worker, which seals whole pages to the inbox): the sync prepares the next page while one is written.
 */
export function preparePage(db: TsunaguDb, page: PulledPage): Promise<PreparedPage> | undefined {
  if (!getDeviceKeys(db)) return undefined;
  const prepared = preparePulledPage(db, page);
  // Awaited by storePulledPage; a lock meanwhile must not surface as an unhandled rejection (it is prepared anew).
  prepared.catch(() => {});
  return prepared;
}

/**
 * Stores a pulled page durably: written at once where the keys are at hand (after any older sealed pages),
 * otherwise sealed into the inbox. Either way the caller may save the cursor once this resolves.
 */
export async function storePulledPage(db: TsunaguDb, page: PulledPage, prepared?: Promise<PreparedPage>): Promise<void> {
  if (getDeviceKeys(db)) {
    await drainInbox(db);
    return applyPulledPage(db, page, undefined, prepared);
  }
  const publicKey = await getDevicePublicKey(db);
  if (!publicKey) throw new NoVaultError();
  // The page's bytes as received stay out: the parsed page is what the inbox keeps.
  const { bytes: _bytes, ...kept } = page;
  const box = await sealTo(publicKey, encodeJson(kept), LABEL);
  await db.inbox.add({ box, receivedAt: new Date().toISOString() });
}

const draining = new WeakMap<TsunaguDb, Promise<number>>();

/** Opens and writes every sealed page, oldest first; one drain at a time per database. Returns pages written. */
export function drainInbox(db: TsunaguDb): Promise<number> {
  let drain = draining.get(db);
  if (!drain) {
    drain = drainAll(db).finally(() => draining.delete(db));
    draining.set(db, drain);
  }
  return drain;
}

async function drainAll(db: TsunaguDb): Promise<number> {
  let written = 0;
  for (;;) {
    const keys = getDeviceKeys(db);
    const next = keys ? await db.inbox.orderBy('seq').first() : undefined;
    if (!keys || !next) return written;
    const page = decodeJson(await openSealed(keys.privateKey, next.box, LABEL)) as PulledPage;
    await applyPulledPage(db, page, next.seq);
    written++;
  }
}

export const countInbox = (db: TsunaguDb): Promise<number> => db.inbox.count();
