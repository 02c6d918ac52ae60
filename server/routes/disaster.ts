import type { Hono } from 'hono';
import type { DisasterCasesResponse } from '../../src/schema/disaster-event.ts';
import { ApiFailure } from '../http/api-error.ts';
import { requireUser, type AppEnv } from '../http/require-user.ts';
import type { Store } from '../store/store.ts';

/**
 * GET /api/disaster/events/:id/cases: during a declared disaster event, its named responders read the disaster
 * fields of the affected areas' cases (災害対策基本法: 安否確認 without consent), every read audited.
 * After the event ends, 403.
 */
export function addDisasterRoutes(app: Hono<AppEnv>, store: Store, now: () => Date): void {
  app.use('/api/disaster/*', requireUser(store, now));

  app.get('/api/disaster/events/:id/cases', async (c) => {
    const id = c.req.param('id');
    if (!/^[\w-]{1,64}$/.test(id)) throw new ApiFailure(400, 'invalid_body', 'イベント ID が正しくありません', 'id');
    const result = await store.readDisasterCases(c.get('user'), id, now());
    if (result.kind === 'not-found') throw new ApiFailure(404, 'not_found', 'この災害イベントはありません');
    if (result.kind === 'forbidden') {
      throw new ApiFailure(403, 'forbidden', '管理者が宣言した災害の対応者だけが、災害が終わるまで閲覧できます');
    }
    return c.json(result.response satisfies DisasterCasesResponse);
  });
}
