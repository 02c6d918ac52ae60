import { TsunaguDb } from '../../../src/db/database.ts';
import { getDeviceId, saveSession } from '../../../src/db/device-state.ts';
import type { SessionResponse } from '../../../src/schema/session.ts';
import type { SyncStatus } from '../../../src/schema/messages.ts';
import { syncNow } from '../../../src/sync/sync-service.ts';
import { BASE_URL, type FaultyNetwork } from './faulty-network.ts';

/**
 * A simulated tablet: its own Dexie database on fake-indexeddb (so its own device id, session and cursor),
 * syncing through the real client engine over a faulty network.
 */
export class SimTablet {
  db: TsunaguDb;

  private constructor(
    readonly name: string,
    private readonly network: FaultyNetwork,
  ) {
    this.db = new TsunaguDb(name);
  }

  static async open(network: FaultyNetwork, session: SessionResponse, name = `tablet-${crypto.randomUUID()}`) {
    const tablet = new SimTablet(name, network);
    await tablet.signIn(session);
    return tablet;
  }

  async signIn(session: SessionResponse): Promise<void> {
    await saveSession(this.db, session);
  }

  deviceId(): Promise<string> {
    return getDeviceId(this.db);
  }

  sync(): Promise<SyncStatus> {
    return syncNow(this.db, BASE_URL, this.network.fetchFor(this.name));
  }

  /** Closes the database and opens a new handle on the same one, as a reloaded page or restarted worker does. */
  async reopen(): Promise<void> {
    this.db.close();
    this.db = new TsunaguDb(this.name);
    await this.db.open();
  }

  async destroy(): Promise<void> {
    await this.db.delete();
  }
}
