// `npm start`: install if needed, build if needed, then run the server with the app on one port.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, ensureDependencies, root } from './lib/setup.mjs';

ensureDependencies();
ensureBuilt();

const server = spawn(process.execPath, [join(root, 'dist-server', 'main.mjs'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
