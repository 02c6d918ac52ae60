import { PushResponseSchema, type PushResult } from '../../../src/schema/sync-protocol.ts';
import type { LoopbackServer } from './loopback-server.ts';

/**
 * What the network does to one request:
 * - `ok`: delivered, answer returned
 * - `drop`: lost before it reaches the server
 * - `lose-response`: the server commits it, the answer is lost
 * - `twice`: delivered twice at once (a proxy's retry); the client gets one of the answers
 * - `hold`: stuck in the network; the client gives up, and it reaches the server later, when released
 * - `restart`: delivered, then the server restarts before the answer gets out
 */
export const FAULTS = ['ok', 'drop', 'lose-response', 'twice', 'hold', 'restart'] as const;
export type Fault = (typeof FAULTS)[number];

/** The origin the simulated tablets talk to; the network routes it to wherever the server listens now. */
export const BASE_URL = 'http://tsunagu.invalid';

export type RequestLog = { client: string; method: string; path: string; since: string | null; fault: Fault };

type Held = { client: string; path: string; init: RequestInit };

const networkError = (why: string) => new TypeError(`fetch failed (${why})`);

/** Fault injection between the client engine's `fetch` and the real server. */
export class FaultyNetwork {
  readonly log: RequestLog[] = [];
  readonly held: Held[] = [];
  /** Every answer the server gave to each pushed mutation id, whether or not it reached the device. */
  readonly answers = new Map<string, PushResult['status'][]>();
  private readonly plans = new Map<string, Fault[]>();
  private readonly down = new Set<string>();
  private readonly hooks = new Map<string, () => Promise<void>>();

  constructor(private readonly server: LoopbackServer) {}

  /** Forgets requests, answers and held requests: a fresh start for the next property run. */
  reset(): void {
    this.log.length = 0;
    this.held.length = 0;
    this.answers.clear();
    this.plans.clear();
    this.hooks.clear();
    this.down.clear();
  }

  /** The next requests of `client` meet these faults, in order; later ones go through. */
  plan(client: string, faults: readonly Fault[]): void {
    this.plans.set(client, [...faults]);
  }

  /**
   * Runs `hook` as each request of `client` leaves (numbered from 0 since this call), before the network
   * acts on it: a person editing while a sync is under way, at a chosen point of it.
   */
  beforeEach(client: string, hook: ((request: number) => Promise<void>) | null): void {
    if (!hook) {
      this.hooks.delete(client);
      return;
    }
    let count = 0;
    this.hooks.set(client, () => hook(count++));
  }

  /** Every request of `client` fails until `connect`, as with no signal at all. */
  disconnect(client: string): void {
    this.down.add(client);
  }

  connect(client: string): void {
    this.down.delete(client);
  }

  requests(client: string, path?: string): RequestLog[] {
    return this.log.filter((entry) => entry.client === client && (path === undefined || entry.path === path));
  }

  /** A `fetch` for one device. */
  fetchFor(client: string): typeof fetch {
    return async (input, init = {}) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      await this.hooks.get(client)?.();
      const fault = this.down.has(client) ? 'drop' : (this.plans.get(client)?.shift() ?? 'ok');
      const path = `${url.pathname}${url.search}`;
      this.log.push({ client, method: init.method ?? 'GET', path: url.pathname, since: url.searchParams.get('since'), fault });
      switch (fault) {
        case 'ok':
          return this.deliver(path, init);
        case 'drop':
          throw networkError('dropped');
        case 'lose-response':
          await (await this.deliver(path, init)).arrayBuffer();
          throw networkError('response lost');
        case 'twice': {
          const [first, second] = await Promise.all([this.deliver(path, init), this.deliver(path, init)]);
          await second.arrayBuffer();
          return first;
        }
        case 'hold':
          this.held.push({ client, path, init });
          throw networkError('timed out');
        case 'restart':
          await (await this.deliver(path, init)).arrayBuffer();
          await this.server.restart();
          throw networkError('connection reset');
      }
    };
  }

  /** Delivers the held request at `index` (modulo the number held) now, its answer going nowhere. */
  async releaseOne(index: number): Promise<void> {
    if (this.held.length === 0) return;
    const [request] = this.held.splice(index % this.held.length, 1);
    await (await this.deliver(request!.path, request!.init)).arrayBuffer();
  }

  async releaseAll(order: readonly number[] = []): Promise<void> {
    for (const index of order) await this.releaseOne(index);
    while (this.held.length > 0) await this.releaseOne(this.held.length - 1);
  }

  private async deliver(path: string, init: RequestInit): Promise<Response> {
    const origin = this.server.url;
    if (origin === null) throw networkError('server down');
    let response: Response;
    try {
      response = await fetch(new URL(path, origin), init);
    } catch (cause) {
      throw networkError(cause instanceof Error ? cause.message : 'unknown');
    }
    if (path.startsWith('/api/sync/push') && response.ok) await this.noteAnswers(response.clone());
    return response;
  }

  private async noteAnswers(response: Response): Promise<void> {
    for (const { id, status } of PushResponseSchema.parse(await response.json()).results) {
      this.answers.set(id, [...(this.answers.get(id) ?? []), status]);
    }
  }

  /** Mutation ids the server took effect on more than once (anything but `duplicate` after the first answer). */
  appliedTwice(): string[] {
    return [...this.answers].filter(([, statuses]) => statuses.filter((s) => s !== 'duplicate').length > 1).map(([id]) => id);
  }
}
