// A throwaway PostgreSQL cluster for the store's test suite: Debian's server, a temp directory, loopback only.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackages } from './setup.mjs';

function findBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const isRoot = () => process.getuid?.() === 0;

function runAs(user, command, args) {
  const argv = user ? ['runuser', ['-u', user, '--', command, ...args]] : [command, args];
  const result = spawnSync(argv[0], argv[1], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
}

/** Starts a cluster and returns `{url, stop()}`; installs postgresql through apt when missing (as root). */
export async function startThrowawayPostgres() {
  let bin = findBinDir();
  if (!bin) {
    ensureDebianPackages(['postgresql'], 'The store tests run against a real PostgreSQL server');
    bin = findBinDir();
  }
  if (!bin) throw new Error('PostgreSQL was installed but initdb was not found under /usr/lib/postgresql');
  // initdb refuses to run as root: the cluster belongs to Debian's postgres user.
  const user = isRoot() ? 'postgres' : null;
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  runAs(user, join(bin, 'initdb'), ['-D', data, '-U', 'tsunagu', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  runAs(user, join(bin, 'pg_ctl'), [
    '-D', data, '-l', join(dir, 'log'), '-w', 'start',
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
  ]);
  runAs(user, join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'tsunagu', 'tsunagu_test']);
  return {
    url: `postgres://tsunagu@127.0.0.1:${port}/tsunagu_test`,
    stop() {
      try {
        runAs(user, join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
