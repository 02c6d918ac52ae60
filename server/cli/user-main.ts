import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import { openStore } from '../store/open-store.ts';
import { runUserCommand } from './user-command.ts';

// `npm run user -- …` against the configured store: DATABASE_URL, else the SQLite file under TSUNAGU_DATA_DIR.
// A password never comes from the command line (it would sit in the shell history and `ps`).
async function readPassword(): Promise<string> {
  if (process.env.TSUNAGU_PASSWORD) return process.env.TSUNAGU_PASSWORD;
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  if (process.stdin.isTTY) process.stderr.write('パスワード (12 文字以上、表示されます): ');
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

const env = process.env;
const { store, label } = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.TSUNAGU_DATA_DIR ?? 'data' });
let code = 1;
try {
  process.stderr.write(`[user] ${label}\n`);
  code = await runUserCommand(store, process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    readPassword,
    actor: `cli:${userInfo().username}`,
  });
} catch (error) {
  process.stderr.write(`[user] ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await store.close();
}
process.exit(code);
