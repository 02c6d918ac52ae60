// `npm run user -- add|disable|enable|reset|areas|list|verify-audit …`: account administration from the shell,
// against the configured store (DATABASE_URL, else data/tsunagu.sqlite).
import { runTypeScript } from './lib/run-typescript.mjs';

await runTypeScript('server/cli/user-main.ts', 'node_modules/.cache/tsunagu/user-cli.mjs', {
  args: process.argv.slice(2),
  cwd: process.cwd(),
});
