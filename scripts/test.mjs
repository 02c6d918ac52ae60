// `npm test`: set up what is missing, build, then every test — unit, server (SQLite and PostgreSQL), end to end.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startThrowawayPostgres } from './lib/postgres.mjs';
import { CHROMIUM, ensureBuilt, ensureChromium, ensureDependencies, root } from './lib/setup.mjs';

ensureDependencies();
ensureChromium();
ensureBuilt();

const postgres = await startThrowawayPostgres();
console.log(`[test] PostgreSQL test cluster on ${postgres.url}`);

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const env = { ...process.env, TEST_DATABASE_URL: postgres.url, CHROMIUM_PATH: CHROMIUM };
let status = 1;
try {
  const fast = spawnSync(process.execPath, [vitest, 'run', '--project', 'unit', '--project', 'server'], { cwd: root, stdio: 'inherit', env });
  const e2e = spawnSync(process.execPath, [vitest, 'run', '--project', 'e2e'], { cwd: root, stdio: 'inherit', env });
  status = fast.status === 0 && e2e.status === 0 ? 0 : 1;
} finally {
  postgres.stop();
}
process.exit(status);
