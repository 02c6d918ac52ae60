// `npm audit` as a test step: any high or critical advisory fails the run. When the registry cannot answer
// (an offline machine, a mirror without the advisory endpoint) the step says so loudly; it then fails only
// where TSUNAGU_REQUIRE_AUDIT=1 (CI), so a developer without the endpoint can still run the tests.
import { spawnSync } from 'node:child_process';

/** Runs the audit in `root`; returns true when the run may go on. */
export function runNpmAudit(root) {
  const result = spawnSync('npm', ['audit', '--audit-level=high', '--json'], { cwd: root, encoding: 'utf8' });
  let report = null;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = null;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report?.message ?? report?.error?.summary ?? (result.stderr.trim() || 'no answer');
    console.error(`[audit] npm audit could not run: ${reason.trim()}`);
    return process.env.TSUNAGU_REQUIRE_AUDIT !== '1';
  }
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
  console.log(`[audit] npm audit: ${JSON.stringify(counts)}`);
  for (const [name, v] of serious) console.error(`[audit] ${v.severity}: ${name} (${v.range}) ${v.fixAvailable ? 'fix available' : 'no fix yet'}`);
  return serious.length === 0;
}
