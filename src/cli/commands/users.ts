/** `sitrep users add|list|role|password|remove|token|public …`: accounts for a shared server (SITREP_AUTH=on). */
import { InputError } from '../../lib/core/types';
import { createToken, createUser, listPublicViews, listUsers, markPublic, removeUser, setPassword, setRole, unmarkPublic } from '../../lib/server/auth/index';
import { openStore, resolveDatabaseUrl } from '../../lib/server/store/index';
import { parseCommand } from '../args';

const HELP = `usage: sitrep [--db FILE|URL] users <command> [--json]
Accounts take effect when the server runs with SITREP_AUTH=on.
  add NAME --role viewer|editor|admin     the password is read from stdin (one line)
  list
  role NAME ROLE
  password NAME                          new password from stdin
  remove NAME
  token NAME [--label L]                 an API token for scripts (shown once)
  public add QUERY [--label L]           embeds of this view (query string or URL) readable without an account
  public list | public remove ID`;

async function readSecret(): Promise<string> {
	if (process.stdin.isTTY) process.stderr.write('password: ');
	const chunks: Buffer[] = [];
	for await (const c of process.stdin) chunks.push(c as Buffer);
	return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			role: { type: 'string', default: 'viewer' },
			label: { type: 'string' },
			json: { type: 'boolean', default: false }
		},
		HELP,
		{ subcommand: true }
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	const [what, a, b] = positionals;
	const need = (v: string | undefined, usage: string) => {
		if (!v) throw new InputError(`usage: sitrep users ${usage}`);
		return v;
	};
	const store = await openStore({ url: resolveDatabaseUrl(values.db) });
	const say = (data: unknown, text: string) => process.stdout.write(values.json ? JSON.stringify(data) + '\n' : text + '\n');
	try {
		switch (what) {
			case 'add': {
				const u = await createUser(store, { username: need(a, 'add NAME --role ROLE'), password: await readSecret(), role: values.role! });
				say(u, `added ${u.username} (${u.role})`);
				break;
			}
			case 'list': {
				const list = await listUsers(store);
				say(list, list.map((u) => `${u.username}  ${u.role}${u.disabled ? '  (disabled)' : ''}  since ${u.createdAt.slice(0, 10)}`).join('\n') || 'no accounts');
				break;
			}
			case 'role':
				await setRole(store, need(a, 'role NAME ROLE'), need(b, 'role NAME ROLE'));
				say({ ok: true }, `${a} is now ${b}`);
				break;
			case 'password':
				await setPassword(store, need(a, 'password NAME'), await readSecret());
				say({ ok: true }, `password of ${a} changed; its sessions ended`);
				break;
			case 'remove':
				await removeUser(store, need(a, 'remove NAME'));
				say({ ok: true }, `removed ${a}`);
				break;
			case 'token': {
				const t = await createToken(store, need(a, 'token NAME'), values.label ?? 'cli');
				say(t, `token for ${a} (shown once; send as "Authorization: Bearer …"):\n${t.token}`);
				break;
			}
			case 'public': {
				if (a === 'add') {
					const v = await markPublic(store, need(b, 'public add QUERY'), values.label ?? '', 'cli');
					say(v, `public view #${v.id}: ?${v.query}`);
				} else if (a === 'list') {
					const list = await listPublicViews(store);
					say(list, list.map((v) => `#${v.id}  ${v.name}  ?${v.query}`).join('\n') || 'no public views');
				} else if (a === 'remove') {
					await unmarkPublic(store, Number(need(b, 'public remove ID')));
					say({ ok: true }, `public view #${b} removed`);
				} else throw new InputError('usage: sitrep users public add|list|remove');
				break;
			}
			default:
				throw new InputError(`unknown users command '${what}' (see sitrep users --help)`);
		}
		return 0;
	} finally {
		await store.close();
	}
}
