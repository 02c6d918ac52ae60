import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import type { HealthResponseSchema } from '../src/schema/session.ts';
import type * as z from 'zod';
import { ApiFailure, errorBody, sendFailure } from './http/api-error.ts';
import type { AppEnv } from './http/require-user.ts';
import { securityHeaders, sameOriginOnly, type SecurityOptions } from './http/security-headers.ts';
import { serveApp } from './http/static-files.ts';
import { setJapaneseValidationMessages } from './http/validation-language.ts';
import { addAdminAuditRoutes } from './routes/admin-audit.ts';
import { addAdminRoutes } from './routes/admin.ts';
import { addDisasterRoutes } from './routes/disaster.ts';
import { addSessionRoutes } from './routes/session.ts';
import { addStatsRoutes } from './routes/stats.ts';
import { addSyncRoutes } from './routes/sync.ts';
import type { ServerSealKey } from './keys/seal-key.ts';
import type { Store } from './store/store.ts';

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export type AppOptions = {
  store: Store;
  /** The key tablets seal mutations to (`loadSealKey`). */
  sealKey: ServerSealKey;
  version: string;
  /** The built app; defaults to `dist` under the working directory. */
  staticDir?: string;
  /** The server clock (tests pin it). */
  now?: () => Date;
  maxBodyBytes?: number;
  /** HSTS, extra allowed origins, and whether X-Forwarded-For names the client (behind a proxy). */
  security?: SecurityOptions & { trustProxy?: boolean };
};

export function createApp(options: AppOptions) {
  const { store, sealKey, version, staticDir = 'dist', now = () => new Date(), maxBodyBytes = MAX_BODY_BYTES, security = {} } = options;
  setJapaneseValidationMessages();
  const app = new Hono<AppEnv>();
  app.use(securityHeaders(security));
  app.use('/api/*', sameOriginOnly(security));
  // Pull pages are large JSON; compression is what makes a first sync over a weak signal bearable.
  app.use(compress());
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    // PostgreSQL chains audit rows after their transaction commits (pg-audit-chain.ts); SQLite already has.
    await store.access.sealAudit().catch((error: unknown) => console.error('[tsunagu] audit seal failed:', (error as Error).message));
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      // The rest of the refused body is never read, so the connection cannot carry another request: it is closed.
      onError: (c) => c.json(errorBody('too_large', `本文が大きすぎます（上限 ${maxBodyBytes} バイト）`), 413, { Connection: 'close' }),
    }),
  );

  app.get('/api/health', (c) => c.json({ ok: true, version } satisfies z.infer<typeof HealthResponseSchema>));
  addSessionRoutes(app, store, now, { trustProxy: security.trustProxy ?? false, sealKey });
  addSyncRoutes(app, store, now, sealKey);
  addStatsRoutes(app, store, now);
  addDisasterRoutes(app, store, now);
  addAdminRoutes(app, store, now);
  addAdminAuditRoutes(app, store, now);
  app.all('/api', (c) => c.json(errorBody('not_found', 'この API はありません'), 404));
  app.all('/api/*', (c) => c.json(errorBody('not_found', 'この API はありません'), 404));

  app.get('*', serveApp(staticDir));

  app.onError((error, c) => {
    if (error instanceof ApiFailure) return sendFailure(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody('bad_request', 'リクエストが正しくありません'), error.status);
    }
    // Log the stack only: request bodies hold personal data and never reach the log.
    console.error(`[tsunagu] ${c.req.method} ${new URL(c.req.url).pathname} failed:`, error.stack ?? error.name);
    return c.json(errorBody('internal', 'サーバーで問題が起きました。しばらくしてからもう一度お試しください'), 500);
  });
  return app;
}
