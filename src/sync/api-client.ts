import {
  PullResponseSchema,
  PushResponseSchema,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../schema/sync-protocol.ts';

// WARNING: runs in the service worker; keep DOM-free.

/** An HTTP answer other than success; `status` 0 means the network itself failed. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

export type SyncApi = {
  push(body: PushRequest): Promise<PushResponse>;
  pull(since: string, limit: number): Promise<PullResponse>;
};

export function createSyncApi(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch): SyncApi {
  async function call(path: string, init?: RequestInit): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, baseUrl), {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });
    } catch (cause) {
      throw new SyncHttpError(0, 'network', cause instanceof Error ? cause.message : 'network error');
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
      throw new SyncHttpError(response.status, error?.code ?? 'http', error?.message ?? response.statusText);
    }
    return body;
  }

  return {
    async push(body) {
      return PushResponseSchema.parse(await call('/api/sync/push', { method: 'POST', body: JSON.stringify(body) }));
    },
    async pull(since, limit) {
      const query = new URLSearchParams({ since, limit: String(limit) });
      return PullResponseSchema.parse(await call(`/api/sync/pull?${query}`));
    },
  };
}
