import { renameSync, writeFileSync } from 'node:fs';
import { formatBanner } from './banner.ts';
import { DEMO_SEEDED_KEY } from './seed/seed-demo.ts';
import { startServer } from './start-server.ts';

// Entry point: configuration from the environment, paths relative to the working directory (the server is
// bundled with esbuild, so nothing here may depend on where this file lives).
const env = process.env;
const noDemo = env.TSUNAGU_NO_DEMO === '1' || process.argv.includes('--no-demo');

const server = await startServer({
  port: Number(env.PORT ?? 8080),
  host: env.HOST ?? '0.0.0.0',
  dataDir: env.TSUNAGU_DATA_DIR ?? 'data',
  ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
  staticDir: env.TSUNAGU_STATIC_DIR ?? 'dist',
  demo: !noDemo,
  // Behind TLS (directly or via a proxy): TSUNAGU_HSTS=1. A proxy that rewrites Host: TSUNAGU_ORIGIN=https://….
  security: {
    hsts: env.TSUNAGU_HSTS === '1',
    allowedOrigins: env.TSUNAGU_ORIGIN ? env.TSUNAGU_ORIGIN.split(',').map((origin) => origin.trim()) : [],
    trustProxy: env.TSUNAGU_TRUST_PROXY === '1',
  },
});
const hasDemo = (await server.store.getMeta(DEMO_SEEDED_KEY)) !== null;
console.log(formatBanner({ url: server.url, databasePath: server.databasePath, storeLabel: server.storeLabel, hasDemo, seeded: server.seeded }));
if (env.TSUNAGU_PORT_FILE) {
  // For supervisors and tests that start the server with PORT=0: the chosen port, written whole or not at all.
  writeFileSync(`${env.TSUNAGU_PORT_FILE}.tmp`, new URL(server.url).port);
  renameSync(`${env.TSUNAGU_PORT_FILE}.tmp`, env.TSUNAGU_PORT_FILE);
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    console.log(`[tsunagu] ${signal}: finishing requests and closing the database…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[tsunagu] shutdown failed:', error instanceof Error ? error.stack : error);
        process.exit(1);
      },
    );
  });
}
