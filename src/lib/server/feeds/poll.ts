/**
 * Polling feeds. The scheduler asks the clock it was given which feeds are due,
 * polls each with a conditional GET (If-None-Match / If-Modified-Since, so an
 * unchanged feed costs one 304 and is not read again), ingests new items through
 * the ingestion pipeline (idempotent by content hash), and after a failure waits
 * exponentially longer (interval × 2^failures, at most a day) before trying again.
 *
 * Several pollers (servers, workers) may share one database. Before fetching, a
 * poller claims the feed with one conditional UPDATE (due, and no unexpired lease
 * held by another) and goes on only if it changed a row: the database decides, so
 * exactly one fetches the feed each period, on SQLite and PostgreSQL alike. The
 * lease ends with the poll; a poller that dies holding it loses it after LEASE_S.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ingestArticle } from '../ingest/pipeline';
import { readFeed } from '../ingest/sources';
import type { ExtractFn, Fetcher } from '../ingest/types';
import { asFull, type FullDB } from '../store/migrations-analyst';
import type { SqlStore } from '../store/sql-store';
import { listFeeds, type FeedStatus } from './subscriptions';

export const MAX_BACKOFF_S = 86_400;
/** Longer than any poll takes (each fetch is capped at 20 s, a feed's items are capped in number). */
export const LEASE_S = 900;

export interface SchedulerOptions {
	store: SqlStore;
	fetcher: Fetcher;
	/** milliseconds since the epoch; injectable so tests decide when time passes. */
	now?: () => number;
	extract?: ExtractFn;
	/** called after each poll (logs, tests). */
	onPoll?: (feed: FeedStatus, result: PollResult) => void;
	/** who holds a lease (default: host-pid-random); shown nowhere but in the feeds row. */
	owner?: string;
}

export interface PollResult {
	/** 'busy': another poller holds the feed right now (only from poll(), which is asked for a feed by id). */
	status: 'ok' | 'not-modified' | 'error' | 'busy';
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
	private readonly owner: string;

	constructor(private readonly opts: SchedulerOptions) {
		this.now = opts.now ?? Date.now;
		this.db = asFull(opts.store.db);
		this.owner = opts.owner ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
	}

	/** Polls every feed that is due now and not held by another poller, one after another; returns what each poll did. */
	async tick(): Promise<{ feed: string; result: PollResult }[]> {
		const nowS = Math.floor(this.now() / 1000);
		const due = await this.db
			.selectFrom('feeds')
			.select(['id', 'url'])
			.where('next_poll_s', '<=', nowS)
			.where((eb) => eb.or([eb('lease_until_s', 'is', null), eb('lease_until_s', '<=', nowS)]))
			.orderBy('next_poll_s')
			.orderBy('id')
			.execute();
		const out: { feed: string; result: PollResult }[] = [];
		for (const f of due) {
			// Between the list and the claim another poller may have taken the feed (or polled it already).
			if (!(await this.claim(f.id, nowS, true))) continue;
			out.push({ feed: f.url, result: await this.pollClaimed(f.id) });
		}
		return out;
	}

	/**
	 * Takes the lease on a feed if nobody holds an unexpired one (and, for scheduled
	 * polls, if it is still due: a poller that just finished has moved next_poll_s on).
	 * True when this poller now holds it.
	 */
	private async claim(feedId: number, nowS: number, dueOnly: boolean): Promise<boolean> {
		let q = this.db
			.updateTable('feeds')
			.set({ lease_until_s: nowS + LEASE_S, lease_owner: this.owner })
			.where('id', '=', feedId)
			.where((eb) => eb.or([eb('lease_until_s', 'is', null), eb('lease_until_s', '<=', nowS)]));
		if (dueOnly) q = q.where('next_poll_s', '<=', nowS);
		const r = await q.executeTakeFirst();
		return Number(r.numUpdatedRows) === 1;
	}

	/** Polls one feed now, whether due or not, unless another poller holds it (then 'busy'). */
	async poll(feedId: number): Promise<PollResult> {
		await this.db.selectFrom('feeds').select('id').where('id', '=', feedId).executeTakeFirstOrThrow();
		if (!(await this.claim(feedId, Math.floor(this.now() / 1000), false))) return { status: 'busy', ingested: 0, duplicates: 0, failed: 0 };
		return this.pollClaimed(feedId);
	}

	private async pollClaimed(feedId: number): Promise<PollResult> {
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
				items_ingested: f.items_ingested + result.ingested,
				lease_until_s: null,
				lease_owner: null
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
