import { TsunaguDb } from '../../../src/db/database.ts';
import { getDeviceId, getSession, saveSession } from '../../../src/db/device-state.ts';
import { unlockVault } from '../../../src/db/vault.ts';
import type { SessionResponse } from '../../../src/schema/session.ts';
import type { SyncStatus } from '../../../src/schema/messages.ts';
import { createSyncApi } from '../../../src/sync/api-client.ts';
import { runSync } from '../../../src/sync/run-sync.ts';
import { readSyncStatus, syncNow } from '../../../src/sync/sync-service.ts';
import { openUnlockedDb, TEST_PIN } from '../../fixtures/unlocked-db.ts';
import { BASE_URL, type FaultyNetwork } from './faulty-network.ts';

/**
 * A simulated tablet: its own Dexie database on fake-indexeddb (so its own device id, session and cursor), its
 * PIN chosen and the app unlocked, syncing through the real client engine over a faulty network.
 */
export class SimTablet {
  private constructor(
    readonly name: string,
    private readonly network: FaultyNetwork,
    public db: TsunaguDb,
  ) {}

  static async open(network: FaultyNetwork, session: SessionResponse, name = `tablet-${crypto.randomUUID()}`) {
    const tablet = new SimTablet(name, network, await openUnlockedDb(name));
    await tablet.signIn(session);
    return tablet;
  }

  async signIn(session: SessionResponse): Promise<void> {
    await saveSession(this.db, session);
  }

  deviceId(): Promise<string> {
    return getDeviceId(this.db);
  }

  /** One sync as the service worker runs it. */
  sync(): Promise<SyncStatus> {
    return syncNow(this.db, BASE_URL, this.network.fetchFor(this.name));
  }

  /** The same engine (runSync) with a short retry backoff, for properties that inject hundreds of faults. */
  async syncQuickly(retryDelayMs = 2): Promise<SyncStatus> {
    const session = await getSession(this.db);
    if (!session) return readSyncStatus(this.db, 'signed-out');
    const api = createSyncApi(BASE_URL, session.token, this.network.fetchFor(this.name));
    try {
      await runSync({ db: this.db, api, clientId: await this.deviceId(), retryDelayMs });
      return await readSyncStatus(this.db, 'idle');
    } catch (error) {
      return readSyncStatus(this.db, 'error', String(error));
    }
  }

  /**
   * Closes the database and opens a new handle on the same one, as a reloaded page does: the keys lived in the
   * old handle's context, so the person unlocks again with the PIN.
   */
  async reopen(): Promise<void> {
    this.db.close();
    this.db = new TsunaguDb(this.name);
    await this.db.open();
    const unlocked = await unlockVault(this.db, TEST_PIN);
    if (!unlocked.ok) throw new Error(`the tablet did not unlock after a restart: ${unlocked.reason}`);
  }

  async destroy(): Promise<void> {
    await this.db.delete();
  }
}
