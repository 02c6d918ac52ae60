// Shared by `npm start`, `npm test` and `npm run bench`: make a fresh clone ready without asking anything.
// Plain Node, no dependencies: it runs before `npm install`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with ${result.status ?? result.signal}`);
  }
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('[setup] installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Builds the app, service worker and server bundle when any source is newer than the last build. */
export function ensureBuilt({ force = false } = {}) {
  const sources = ['src', 'sw', 'server', 'public', 'index.html', 'manifest.webmanifest', 'vite.config.ts', 'package-lock.json', 'scripts/build.mjs', 'scripts/lib/server-workers.mjs'];
  const newestSource = Math.max(...sources.map((s) => newestMtime(join(root, s))));
  const stamp = join(root, 'dist-server', 'main.mjs');
  if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource) return;
  run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
}

const isRoot = () => process.getuid?.() === 0;
let aptUpdated = false;

/** Installs Debian packages through apt when running as root; otherwise says exactly what is missing. */
export function ensureDebianPackages(packages, why) {
  if (!isRoot()) {
    throw new Error(`${why}: please install the Debian packages ${packages.join(' ')} (apt-get install -y ${packages.join(' ')}).`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    console.log('[setup] apt-get update…');
    run('apt-get', ['update', '-qq'], { env });
    aptUpdated = true;
  }
  console.log(`[setup] apt-get install ${packages.join(' ')}…`);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  ensureDebianPackages(['chromium', 'fonts-noto-cjk'], 'The end-to-end tests drive Debian\'s Chromium');
}

// The other engines of the end-to-end journeys (tests/e2e/drivers/engines.ts names the same paths and packages).
const ENGINES = [
  { name: 'WebKit (WebKitGTK MiniBrowser through WebKitWebDriver, under Xvfb)', packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    paths: ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/bin/Xvfb'] },
  { name: 'Firefox (firefox-esr through WebDriver BiDi)', packages: ['firefox-esr'],
    paths: [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'] },
];

/** Installs WebKitGTK's driver and Xvfb, and Firefox ESR, when missing: the journeys run in every engine. */
export function ensureOtherEngines() {
  const missing = ENGINES.filter((engine) => !engine.paths.every((path) => existsSync(path)));
  if (missing.length === 0) return;
  ensureDebianPackages(missing.flatMap((engine) => engine.packages),
    `The end-to-end tests also drive ${missing.map((engine) => engine.name).join(' and ')}`);
}

export function commandExists(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
