import { CreateAccountSchema, UpdateAccountSchema, type UpdateAccount } from '../../src/schema/admin.ts';
import { ROLES } from '../../src/schema/session.ts';
import { verifyAuditChain } from '../audit/audit-chain.ts';
import { createAccount, updateAccount } from '../auth/accounts.ts';
import type { Store } from '../store/store.ts';

export type CliIo = { out(line: string): void; readPassword(): Promise<string>; actor: string };

export const USAGE = `npm run user -- <command>
  list
  add <username> --name <氏名> --role ${ROLES.join('|')} --areas <code,code|*>   (password from TSUNAGU_PASSWORD or stdin)
  disable <username>       every token answers account_disabled; the account's devices wipe themselves
  enable <username>
  reset <username>         new password (TSUNAGU_PASSWORD or stdin); every sign-in ends
  areas <username> <code,code|*>
  verify-audit             checks the audit log's hash chain`;

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

const splitAreas = (text: string | undefined) => (text ?? '').split(',').map((a) => a.trim()).filter(Boolean);

async function findId(store: Store, username: string | undefined): Promise<string> {
  const user = username ? await store.findUserByUsername(username) : null;
  if (!user) throw new Error(`no account named ${username ?? '(missing)'}`);
  return user.id;
}

async function change(store: Store, io: CliIo, username: string | undefined, raw: unknown): Promise<number> {
  const parsed = UpdateAccountSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid change');
  const account = await updateAccount(store, await findId(store, username), parsed.data as UpdateAccount, io.actor);
  io.out(JSON.stringify(account));
  return 0;
}

/** Runs one command against a store; returns the exit code. Every change is audited with `io.actor`. */
export async function runUserCommand(store: Store, args: readonly string[], io: CliIo): Promise<number> {
  const [command, username] = args;
  switch (command) {
    case 'list':
      for (const a of await store.access.listAccounts()) {
        io.out([a.username, a.role, a.areas.join(','), a.disabledAt ? `disabled ${a.disabledAt}` : 'active', a.name].join('\t'));
      }
      return 0;
    case 'add': {
      const input = CreateAccountSchema.safeParse({
        username, name: option(args, 'name'), role: option(args, 'role'), areas: splitAreas(option(args, 'areas')), password: await io.readPassword(),
      });
      if (!input.success) throw new Error(`${input.error.issues[0]?.path.join('.')}: ${input.error.issues[0]?.message}`);
      const created = await createAccount(store, input.data, io.actor);
      if (!created) throw new Error(`${username} is taken`);
      io.out(JSON.stringify(created));
      return 0;
    }
    case 'disable':
    case 'enable':
      return change(store, io, username, { disabled: command === 'disable' });
    case 'reset':
      return change(store, io, username, { password: await io.readPassword() });
    case 'areas':
      return change(store, io, username, { areas: splitAreas(args[2]) });
    case 'verify-audit': {
      const verdict = verifyAuditChain(await store.access.readAuditChain());
      io.out(JSON.stringify(verdict));
      return verdict.ok ? 0 : 2;
    }
    default:
      io.out(USAGE);
      return command === undefined || command === 'help' ? 0 : 1;
  }
}
