import type { Hono } from 'hono';
import {
  PullQuerySchema,
  PushRequestSchema,
  type PushResponse,
} from '../../src/schema/sync-protocol.ts';
import { RecordsQuerySchema, type RecordsResponse } from '../../src/schema/records-read.ts';
import type { SealKey } from '../../src/schema/seal-key.ts';
import { ApiFailure, parseJsonBody, parseOrFail } from '../http/api-error.ts';
import { compressedJson, streamedJson } from '../http/compressed-json.ts';
import { pullHeadHeaders, readPullHead, toPullPageBody } from '../http/pull-page.ts';
import { requireUser, type AppEnv } from '../http/require-user.ts';
import { toSealKeyWire, type ServerSealKey } from '../keys/seal-key.ts';
import type { Store } from '../store/store.ts';
import { openPushRequest } from '../sync/open-sealed.ts';
import { parsePullCursor } from '../sync/pull-cursor.ts';

export function addSyncRoutes(app: Hono<AppEnv>, store: Store, now: () => Date, sealKey: ServerSealKey): void {
  app.use('/api/sync/*', requireUser(store, now));

  app.get('/api/sync/key', (c) => c.json(toSealKeyWire(sealKey) satisfies SealKey));

  app.post('/api/sync/push', async (c) => {
    // Sealed mutations are opened here, before the store's write transaction, so it stays as short as before.
    const batch = await openPushRequest(await parseJsonBody(c, PushRequestSchema), sealKey);
    const response: PushResponse = { results: await store.push(c.get('user'), batch, now()) };
    // Compressed in zlib's thread pool like a pull page, not by the app-wide middleware's stream on the event
    // loop, which every other push queued behind this one would wait for.
    return compressedJson(JSON.stringify(response), c.req.header('accept-encoding'));
  });

  app.get('/api/sync/records', async (c) => {
    const query = parseOrFail(RecordsQuerySchema, { collection: c.req.query('collection'), ids: c.req.query('ids') ?? '' });
    const ids = [...new Set(query.ids.split(','))];
    const records = await store.readRecords(c.get('user'), query.collection, ids, now());
    const found = new Set(records.map((record) => record.id));
    const response: RecordsResponse = {
      changes: records.map((record) => ({ collection: query.collection, record })),
      missing: ids.filter((id) => !found.has(id)),
    };
    return compressedJson(JSON.stringify(response), c.req.header('accept-encoding'));
  });

  app.get('/api/sync/pull', async (c) => {
    const query = parseOrFail(PullQuerySchema, {
      since: c.req.query('since') ?? '', limit: c.req.query('limit'), client: c.req.query('client'),
    });
    const since = parsePullCursor(query.since);
    if (!since) throw new ApiFailure(400, 'invalid_body', 'since が正しくありません', 'since');
    const user = c.get('user');
    // With its device named, a pull also tells that device which cases it must remove (scope changes purge).
    const device = query.client ? { clientId: query.client, announced: since.announced } : undefined;
    const body = store.pullBody
      ? await store.pullBody(user, since.seq, query.limit, now(), device)
      : toPullPageBody(await store.pull(user, since.seq, query.limit, now(), device));
    return streamedJson(body, c.req.header('accept-encoding'), pullHeadHeaders(readPullHead(body)));
  });
}
