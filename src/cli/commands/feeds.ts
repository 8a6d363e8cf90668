/** `sitrep feeds add URL [--every 15m] | list | remove ID|URL | poll [--all]` */
import { InputError } from '../../lib/core/types';
import { FeedScheduler, listFeeds, parseInterval, subscribe, unsubscribe, type FeedStatus } from '../../lib/server/feeds/index';
import { SafeFetcher } from '../../lib/server/ingest/fetch';
import { openStore, resolveDatabaseUrl } from '../../lib/server/store/index';
import { parseCommand } from '../args';

const HELP = `usage: sitrep [--db FILE|URL] feeds <add URL [--every 15m] | list | remove ID|URL | poll [--all]> [--json]
Subscriptions to RSS/Atom feeds. 'sitrep serve' and 'sitrep worker' poll them on
schedule (conditional GET; back-off after failures); 'poll' polls the due ones now
(--all: every feed).`;

function line(f: FeedStatus): string {
	const last = f.lastPolledAt ? `${f.lastStatus} at ${f.lastPolledAt}${f.lastError ? ` (${f.lastError})` : ''}` : 'never polled';
	return `${f.id}  ${f.url}  every ${f.intervalSeconds}s  ${last}; next ${f.nextPollAt}; ${f.itemsIngested} items${f.failures ? `; ${f.failures} failure(s) in a row` : ''}${f.pollingBy ? `; being polled by ${f.pollingBy}` : ''}`;
}

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			every: { type: 'string', default: '30m' },
			all: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false }
		},
		HELP,
		{ subcommand: true }
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	const [what, arg] = positionals;
	const store = await openStore({ url: resolveDatabaseUrl(values.db) });
	try {
		const print = (data: unknown, text: string) => process.stdout.write(values.json ? JSON.stringify(data) + '\n' : text);
		switch (what) {
			case 'add': {
				if (!arg) throw new InputError('usage: sitrep feeds add URL [--every 15m]');
				const f = await subscribe(store, arg, parseInterval(values.every!));
				print(f, `subscribed: ${line(f)}\n`);
				return 0;
			}
			case 'list': {
				const list = await listFeeds(store);
				print(list, list.length ? list.map(line).join('\n') + '\n' : 'no feeds\n');
				return 0;
			}
			case 'remove': {
				if (!arg) throw new InputError('usage: sitrep feeds remove ID|URL');
				await unsubscribe(store, arg);
				print({ removed: arg }, `removed ${arg}\n`);
				return 0;
			}
			case 'poll': {
				const sched = new FeedScheduler({ store, fetcher: new SafeFetcher() });
				const results = values.all
					? await Promise.all((await listFeeds(store)).map(async (f) => ({ feed: f.url, result: await sched.poll(f.id) })))
					: await sched.tick();
				print(results, results.map((r) => `${r.feed}: ${r.result.status}${r.result.error ? ` (${r.result.error})` : r.result.status === 'busy' ? ' (another server or worker is polling it now)' : `, ${r.result.ingested} new, ${r.result.duplicates} already stored`}`).join('\n') + (results.length ? '\n' : 'no feed is due\n'));
				return results.some((r) => r.result.status === 'error') ? 1 : 0;
			}
			default:
				throw new InputError(`unknown feeds command '${what}' (see sitrep feeds --help)`);
		}
	} finally {
		await store.close();
	}
}
