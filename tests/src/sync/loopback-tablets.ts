import { afterAll, afterEach, beforeAll } from 'vitest';
import { FaultyNetwork } from './faulty-network.ts';
import { LoopbackServer } from './loopback-server.ts';
import { SimTablet } from './sim-tablet.ts';

export type LoopbackTablets = {
  /** The real server over loopback HTTP (started before the file's tests, stopped after them). */
  readonly server: LoopbackServer;
  /** Between the tablets and the server: plans drops and records every request. */
  readonly network: FaultyNetwork;
  /** A simulated tablet signed in as `username`, destroyed after the test. */
  openTablet(username?: string): Promise<SimTablet>;
};

/**
 * Registers, for the calling test file, one loopback server (its clock from `now`, when given) and the tablets
 * each test opens. Call at the top level of the file.
 */
export function useLoopbackTablets(now?: () => Date): LoopbackTablets {
  let server: LoopbackServer | undefined;
  let network: FaultyNetwork | undefined;
  const tablets: SimTablet[] = [];
  beforeAll(async () => {
    server = await LoopbackServer.start(now);
    network = new FaultyNetwork(server);
  });
  afterAll(() => server?.stop());
  afterEach(async () => {
    await Promise.all(tablets.splice(0).map((tablet) => tablet.destroy()));
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the loopback server starts in beforeAll');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get network() {
      return started(network);
    },
    async openTablet(username = 'yokosuka') {
      const tablet = await SimTablet.open(started(network), await started(server).signIn(username));
      tablets.push(tablet);
      return tablet;
    },
  };
}
