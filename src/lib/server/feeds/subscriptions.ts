/** Feed subscriptions: which feeds are polled, how often, and how the last poll went. */
import type { Kysely } from 'kysely';
import { InputError } from '../../core/types';
import { asFull, type FullDB } from '../store/migrations-analyst';
import type { SqlStore } from '../store/sql-store';

export const MIN_INTERVAL_S = 60;
export const MAX_INTERVAL_S = 7 * 86_400;

export interface FeedStatus {
	id: number;
	url: string;
	title: string | null;
	intervalSeconds: number;
	lastPolledAt: string | null;
	/** 'ok' | 'not-modified' | 'error' | null (never polled) */
	lastStatus: string | null;
	lastError: string | null;
	failures: number;
	nextPollAt: string;
	itemsIngested: number;
	/** the server or worker polling it right now (it holds the lease), else null. */
	pollingBy: string | null;
}

const db = (s: SqlStore): Kysely<FullDB> => asFull(s.db);

export function checkInterval(seconds: number): number {
	if (!Number.isInteger(seconds) || seconds < MIN_INTERVAL_S || seconds > MAX_INTERVAL_S) {
		throw new InputError(`interval must be whole seconds between ${MIN_INTERVAL_S} and ${MAX_INTERVAL_S}`);
	}
	return seconds;
}

/** "15m", "2h", "1d", "900" → seconds. */
export function parseInterval(text: string): number {
	const m = /^(\d+)\s*(s|m|h|d)?$/i.exec(String(text).trim());
	if (!m) throw new InputError(`interval must look like 900, 15m, 2h or 1d (got ${JSON.stringify(text)})`);
	const unit = { s: 1, m: 60, h: 3600, d: 86_400 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h' | 'd'];
	return checkInterval(Number(m[1]) * unit);
}

function checkUrl(url: string): string {
	let u: URL;
	try {
		u = new URL(String(url).trim());
	} catch {
		throw new InputError(`not a URL: ${JSON.stringify(url)}`);
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError('a feed URL must be http or https');
	return u.href;
}

function status(r: FullDB['feeds'] extends infer T ? { [K in keyof T]: unknown } : never): FeedStatus {
	return {
		id: Number(r.id),
		url: String(r.url),
		title: (r.title as string | null) ?? null,
		intervalSeconds: Number(r.interval_s),
		lastPolledAt: (r.last_polled_at as string | null) ?? null,
		lastStatus: (r.last_status as string | null) ?? null,
		lastError: (r.last_error as string | null) ?? null,
		failures: Number(r.failures),
		nextPollAt: new Date(Number(r.next_poll_s) * 1000).toISOString(),
		itemsIngested: Number(r.items_ingested),
		pollingBy: (r.lease_owner as string | null) ?? null
	};
}

/** Subscribes (or changes the interval of) a feed; the first poll is due at once. */
export async function subscribe(store: SqlStore, url: string, intervalSeconds: number, nowMs = Date.now()): Promise<FeedStatus> {
	const href = checkUrl(url), interval = checkInterval(intervalSeconds);
	await db(store)
		.insertInto('feeds')
		.values({ url: href, title: null, interval_s: interval, etag: null, last_modified: null, last_polled_at: null, last_status: null, last_error: null, failures: 0, next_poll_s: Math.floor(nowMs / 1000), items_ingested: 0, created_at: new Date(nowMs).toISOString() })
		.onConflict((oc) => oc.column('url').doUpdateSet({ interval_s: interval }))
		.execute();
	return (await listFeeds(store)).find((f) => f.url === href)!;
}

export async function unsubscribe(store: SqlStore, idOrUrl: string): Promise<void> {
	const q = db(store).deleteFrom('feeds');
	const r = /^\d+$/.test(idOrUrl) ? await q.where('id', '=', Number(idOrUrl)).executeTakeFirst() : await q.where('url', '=', checkUrl(idOrUrl)).executeTakeFirst();
	if (Number(r.numDeletedRows) === 0) throw new InputError(`no feed ${idOrUrl}`);
}

export async function listFeeds(store: SqlStore): Promise<FeedStatus[]> {
	const rows = await db(store).selectFrom('feeds').selectAll().orderBy('id').execute();
	return rows.map((r) => status(r));
}
