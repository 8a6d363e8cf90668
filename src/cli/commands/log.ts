/** `sitrep log [--limit N] [--offset N] [--event ID] [--actor ID] [--author NAME] [--json]`: the audit log of corrections, newest first. */
import { InputError } from '../../lib/core/types';
import { listCorrections } from '../../lib/server/corrections/index';
import { openStore, resolveDatabaseUrl } from '../../lib/server/store/index';
import { parseCommand } from '../args';

const HELP = `usage: sitrep [--db FILE|URL] log [--limit N] [--offset N] [--event ID] [--actor ID] [--author NAME] [--json]
Lists corrections, newest first: number, when, who, what (before → after), why, and
whether it was reverted. Undo one with 'sitrep correct revert N'.`;

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			limit: { type: 'string', default: '50' },
			offset: { type: 'string', default: '0' },
			event: { type: 'string' },
			author: { type: 'string' },
			actor: { type: 'string' },
			json: { type: 'boolean', default: false }
		},
		HELP
	);
	if (typeof parsed === 'number') return parsed;
	const { values } = parsed;
	for (const k of ['limit', 'offset'] as const) if (!/^\d+$/.test(values[k]!)) throw new InputError(`--${k} must be a whole number`);
	const store = await openStore({ url: resolveDatabaseUrl(values.db) });
	try {
		const log = await listCorrections(store, { limit: Number(values.limit), offset: Number(values.offset), event: values.event, actor: values.actor, author: values.author });
		if (values.json) {
			process.stdout.write(JSON.stringify(log) + '\n');
			return 0;
		}
		if (log.entries.length === 0) process.stdout.write('no corrections\n');
		for (const e of log.entries) {
			const state = e.status === 'reverted' ? ` [reverted by ${e.revertedBy} ${e.revertedAt?.slice(0, 16).replace('T', ' ')}]` : '';
			process.stdout.write(`#${e.id}  ${e.createdAt.slice(0, 16).replace('T', ' ')}  ${e.author}  ${e.action}: ${e.summary}${e.reason ? ` — ${e.reason}` : ''}${state}\n`);
		}
		return 0;
	} finally {
		await store.close();
	}
}
