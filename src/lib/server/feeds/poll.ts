/**
 * Polling feeds. The scheduler asks the clock it was given which feeds are due,
 * polls each with a conditional GET (If-None-Match / If-Modified-Since, so an
 * unchanged feed costs one 304 and is not read again), ingests new items through
 * the ingestion pipeline (idempotent by content hash), and after a failure waits
 * exponentially longer (interval × 2^failures, at most a day) before trying again.
 */
import type { Kysely } from 'kysely';
import { ingestArticle } from '../ingest/pipeline';
import { readFeed } from '../ingest/sources';
import type { ExtractFn, Fetcher } from '../ingest/types';
import { asFull, type FullDB } from '../store/migrations-analyst';
import type { SqlStore } from '../store/sql-store';
import { listFeeds, type FeedStatus } from './subscriptions';

export const MAX_BACKOFF_S = 86_400;

export interface SchedulerOptions {
	store: SqlStore;
	fetcher: Fetcher;
	/** milliseconds since the epoch; injectable so tests decide when time passes. */
	now?: () => number;
	extract?: ExtractFn;
	/** called after each poll (logs, tests). */
	onPoll?: (feed: FeedStatus, result: PollResult) => void;
}

export interface PollResult {
	status: 'ok' | 'not-modified' | 'error';
	ingested: number;
	duplicates: number;
	failed: number;
	error?: string;
}

export function backoffSeconds(interval: number, failures: number): number {
	return Math.min(MAX_BACKOFF_S, interval * 2 ** Math.min(failures, 16));
}

export class FeedScheduler {
	private timer: NodeJS.Timeout | null = null;
	private running: Promise<unknown> | null = null;
	private readonly now: () => number;
	private readonly db: Kysely<FullDB>;

	constructor(private readonly opts: SchedulerOptions) {
		this.now = opts.now ?? Date.now;
		this.db = asFull(opts.store.db);
	}

	/** Polls every feed that is due now, one after another; returns what each poll did. */
	async tick(): Promise<{ feed: string; result: PollResult }[]> {
		const nowS = Math.floor(this.now() / 1000);
		const due = await this.db.selectFrom('feeds').selectAll().where('next_poll_s', '<=', nowS).orderBy('next_poll_s').orderBy('id').execute();
		const out: { feed: string; result: PollResult }[] = [];
		for (const f of due) out.push({ feed: f.url, result: await this.poll(f.id) });
		return out;
	}

	/** Polls one feed now, whether due or not. */
	async poll(feedId: number): Promise<PollResult> {
		const f = await this.db.selectFrom('feeds').selectAll().where('id', '=', feedId).executeTakeFirstOrThrow();
		const result: PollResult = { status: 'ok', ingested: 0, duplicates: 0, failed: 0 };
		let etag = f.etag, lastModified = f.last_modified, title = f.title;
		try {
			const res = await this.opts.fetcher.fetch(f.url, { conditional: { etag: f.etag, lastModified: f.last_modified } });
			if (res.status === 304) result.status = 'not-modified';
			else {
				etag = res.etag ?? null;
				lastModified = res.lastModified ?? null;
				for await (const item of readFeed(res.body, f.url, { fetcher: this.opts.fetcher }, res.url)) {
					if ('error' in item) {
						result.failed++;
						continue;
					}
					title ??= item.article.source ?? null;
					const r = await ingestArticle(item.article, item.origin, { store: this.opts.store, extract: this.opts.extract });
					if (r.status === 'ingested' || r.status === 'near-duplicate') result.ingested++;
					else if (r.status === 'duplicate') result.duplicates++;
					else result.failed++;
				}
			}
		} catch (e) {
			result.status = 'error';
			result.error = (e as Error).message;
		}
		const nowS = Math.floor(this.now() / 1000);
		const failures = result.status === 'error' ? f.failures + 1 : 0;
		const wait = result.status === 'error' ? backoffSeconds(f.interval_s, failures) : f.interval_s;
		await this.db
			.updateTable('feeds')
			.set({
				etag,
				last_modified: lastModified,
				title,
				last_polled_at: new Date(nowS * 1000).toISOString(),
				last_status: result.status,
				last_error: result.error ?? null,
				failures,
				next_poll_s: nowS + wait,
				items_ingested: f.items_ingested + result.ingested
			})
			.where('id', '=', f.id)
			.execute();
		if (this.opts.onPoll) {
			const st = (await listFeeds(this.opts.store)).find((x) => x.id === f.id);
			if (st) this.opts.onPoll(st, result);
		}
		return result;
	}

	/** Checks for due feeds every `everyMs` (default 30 s) until stopped; the timer does not keep the process alive. */
	start(everyMs = 30_000): void {
		if (this.timer) return;
		const run = () => {
			if (this.running) return;
			this.running = this.tick()
				.catch((e) => process.stderr.write(`feeds: ${(e as Error).message}\n`))
				.finally(() => (this.running = null));
		};
		this.timer = setInterval(run, everyMs);
		this.timer.unref();
		run();
	}

	async stop(): Promise<void> {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
		await this.running;
	}
}
