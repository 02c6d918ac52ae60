// `npm test`: set up what is missing, build, then every test — unit, server (SQLite and PostgreSQL), end to end
// in Chromium, WebKit and Firefox.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startThrowawayPostgres } from './lib/postgres.mjs';
import { runNpmAudit } from './lib/npm-audit.mjs';
import { CHROMIUM, ensureBuilt, ensureChromium, ensureDependencies, ensureOtherEngines, root } from './lib/setup.mjs';

ensureDependencies();
ensureChromium();
ensureOtherEngines();
ensureBuilt();

const postgres = await startThrowawayPostgres();
console.log(`[test] PostgreSQL test cluster on ${postgres.url}`);

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const env = { ...process.env, TEST_DATABASE_URL: postgres.url, CHROMIUM_PATH: CHROMIUM };
const reports = join(root, 'tmp', 'test-reports');
mkdirSync(reports, { recursive: true });

function runVitest(name, projects) {
  const args = [vitest, 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, `${name}.json`)}`];
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env }).status === 0;
}

function readTotals(name) {
  try {
    const report = JSON.parse(readFileSync(join(reports, `${name}.json`), 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

// Dependencies with a high or critical advisory fail the run (scripts/lib/npm-audit.mjs).
const auditOk = runNpmAudit(root);

let ok = false;
try {
  const fast = runVitest('unit-server', ['unit', 'server']);
  const e2e = runVitest('e2e', ['e2e']);
  ok = fast && e2e;
} finally {
  postgres.stop();
}
const totals = ['unit-server', 'e2e'].map(readTotals).reduce((a, b) => ({
  passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped,
}));
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && auditOk && totals.failed === 0 ? 0 : 1);
