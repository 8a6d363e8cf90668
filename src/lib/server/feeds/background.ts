/**
 * Feed polling beside `sitrep serve` and inside `sitrep worker`: its own store
 * connection and a timer that does not keep the process alive. SITREP_FEEDS=off
 * turns it off (e.g. when a separate worker polls for a team's server).
 */
import { SafeFetcher } from '../ingest/fetch';
import type { Store } from '../store/types';
import type { SqlStore } from '../store/sql-store';
import { FeedScheduler } from './poll';

export async function startFeedPolling(opts: { url?: string; store?: Store; everyMs?: number; log?: (line: string) => void } = {}): Promise<{ stop(): Promise<void> }> {
	if (/^(off|0|false|no)$/i.test(process.env.SITREP_FEEDS ?? '')) return { stop: async () => {} };
	const { openStore } = await import('../store/index');
	const own = !opts.store;
	const store = (opts.store ?? (await openStore({ url: opts.url }))) as unknown as SqlStore;
	const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
	const sched = new FeedScheduler({
		store,
		fetcher: new SafeFetcher(),
		onPoll: (f, r) => log(`feeds: ${f.url}: ${r.status}${r.error ? ` (${r.error}); next try ${f.nextPollAt}` : `, ${r.ingested} new`}`)
	});
	sched.start(opts.everyMs ?? 30_000);
	return {
		async stop() {
			await sched.stop();
			if (own) await store.close();
		}
	};
}
