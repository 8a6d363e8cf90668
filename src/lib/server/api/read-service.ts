/**
 * How the server answers the read endpoints: validate on the event loop, answer
 * from the cache when the data allows (read-cache.ts), else run the query — on a
 * reader thread for SQLite (read-pool.ts), in-process otherwise — with identical
 * requests in flight sharing one query. Answers carry an ETag; a matching
 * If-None-Match gets a 304.
 *
 * While another process writes, every kept answer goes stale within the bound;
 * a changed answer served past half its allowance, or computed more than half the
 * bound ago, is refreshed in the background, so that a popular request rarely
 * waits for a query and no answer is recomputed more often than twice per bound.
 * Refreshes start when such an answer is served, and from a sweep every
 * SWEEP_MS over the answers served in the last few seconds, most stale first:
 * when requests came slower than answers went stale, waiting for a request to
 * start the refresh left most of them to expire, and every request waited.
 *
 * Each answer says how it was found in a Server-Timing header (`read;desc=fresh`
 * kept and unchanged, `stale` kept within the staleness bound, `joined` waited for
 * an identical query in flight, `computed` ran its own query), so a load test
 * can tell where the time went.
 *
 * Settings (environment, read when the service starts):
 * - SITREP_READ_STALE_MS: how long an answer may be served after another process
 *   changed the data (default 1000; 0 = only while nothing changed at all).
 * - SITREP_READ_THREADS: reader threads for SQLite (default 2; 0 = in-process).
 */
import { sql } from 'kysely';
import type { SqlStore } from '../store/sql-store';
import type { Store } from '../store/types';
import { localWriteCount, sqliteChanges, unobservedChanges, type ChangeSource } from './data-version';
import { guard } from './http';
import { answerRead, encodeAnswer, JSON_HEADERS, parseRead, type EncodedAnswer, type ReadKind, type ReadRequest } from './read';
import { AnswerCache, DEFAULT_MAX_STALE_MS, type DataVersion } from './read-cache';
import { ReadPool, type Ticket } from './read-pool';

export interface ReadServiceOptions {
	maxStaleMs?: number;
	threads?: number;
	/** the SQLite file the reader threads and the change check open; found from the store when absent. */
	file?: string | null;
	cache?: AnswerCache;
	onError?: (message: string) => void;
	/** SQLite: ask whether another process committed at most this often (ms, default 10). */
	changeCheckMs?: number;
	/** look over kept answers for refreshes this often (ms, default SWEEP_MS; 0 = only when served). */
	sweepMs?: number;
}

/** Browsers and proxies may keep an answer but must ask again (with If-None-Match) before each use. */
const CACHE_CONTROL = 'private, no-cache';

/** How an answer was found (sent in Server-Timing). */
export type ReadOutcome = 'fresh' | 'stale' | 'joined' | 'computed';

/** Validated requests remembered by their URL, so that a repeated request is not validated again. */
const MAX_PARSED = 4096;
/** how often kept answers are looked over for refreshes (ms). */
const SWEEP_MS = 25;
/** answers served this long ago or less are kept fresh by the sweep (ms, at least this many staleness bounds). */
const RECENT_MS = 5000;
const RECENT_BOUNDS = 5;

export class ReadService {
	readonly cache: AnswerCache;
	private readonly inFlight = new Map<string, Ticket>();
	private readonly parsed = new Map<string, { req: ReadRequest; key: string }>();
	/** the request behind each kept answer, for refreshes nobody asked for. */
	private readonly requests = new Map<string, ReadRequest>();
	private readonly sweeper: ReturnType<typeof setInterval> | null;
	private refreshing = 0;
	/**
	 * background refreshes at once. In the reader threads they wait behind every request
	 * someone waits for, so a few per thread keep the threads busy refreshing without
	 * delaying anyone by more than the query running; in-process, one at a time.
	 */
	private readonly maxRefreshing: number;

	private constructor(
		readonly store: Store,
		private readonly changes: ChangeSource,
		readonly pool: ReadPool | null,
		cache: AnswerCache,
		threads: number,
		sweepMs: number
	) {
		this.cache = cache;
		this.maxRefreshing = pool ? Math.max(1, threads) * 4 : 1;
		this.sweeper = sweepMs > 0 ? setInterval(() => this.sweep(), sweepMs) : null;
		this.sweeper?.unref();
	}

	static async open(store: Store, opts: ReadServiceOptions = {}): Promise<ReadService> {
		const maxStaleMs = opts.maxStaleMs ?? envInt('SITREP_READ_STALE_MS', DEFAULT_MAX_STALE_MS);
		const threads = opts.threads ?? envInt('SITREP_READ_THREADS', 2);
		const onError = opts.onError ?? ((m: string) => process.stderr.write(`sitrep: ${m}\n`));
		const file = opts.file !== undefined ? opts.file : await sqliteFile(store);
		const changes = file ? sqliteChanges(file, opts.changeCheckMs) : unobservedChanges();
		const direct = async (req: ReadRequest) => encodeAnswer(await answerRead(store, req));
		const pool = file && threads > 0 ? new ReadPool({ file, threads, fallback: direct, onError }) : null;
		return new ReadService(store, changes, pool, opts.cache ?? new AnswerCache({ maxStaleMs }), threads, opts.sweepMs ?? SWEEP_MS);
	}

	/** The HTTP answer to a read request (`id` for /api/events/:id). */
	async respond(request: Request, kind: ReadKind, url: URL, id?: string): Promise<Response> {
		return guard(async () => {
			const { req, key } = this.parse(kind, url, id);
			const { answer: a, outcome } = await this.find(key, req);
			const timing = `read;desc=${outcome}`;
			if (a.status !== 200) return new Response(bodyOf(a.bytes), { status: a.status, headers: { ...JSON_HEADERS, 'cache-control': 'no-store', 'content-length': String(a.bytes.byteLength), 'server-timing': timing } });
			const headers = { ...JSON_HEADERS, 'cache-control': CACHE_CONTROL, etag: a.etag, 'server-timing': timing };
			if (matches(request.headers.get('if-none-match'), a.etag)) return new Response(null, { status: 304, headers });
			return new Response(bodyOf(a.bytes), { status: 200, headers: { ...headers, 'content-length': String(a.bytes.byteLength) } });
		});
	}

	/** The answer to a validated request: kept, shared with an identical one in flight, or computed. */
	async answer(req: ReadRequest): Promise<EncodedAnswer> {
		return (await this.find(JSON.stringify(req), req)).answer;
	}

	private find(key: string, req: ReadRequest): { answer: EncodedAnswer; outcome: ReadOutcome } | Promise<{ answer: EncodedAnswer; outcome: ReadOutcome }> {
		const version: DataVersion = { local: localWriteCount(), data: this.changes.current() };
		const hit = this.cache.get(key, version, this.changes.seenAt);
		if (hit) {
			if (hit.changed && Math.max(hit.age, hit.staleFor) * 2 > this.cache.maxStaleMs && this.refreshing < this.maxRefreshing) this.refresh(key, req, version);
			return { answer: hit.answer, outcome: hit.changed ? 'stale' : 'fresh' };
		}
		const joined = this.inFlight.has(`${version.local}\u0000${key}`);
		return this.compute(key, req, version).then((answer) => ({ answer, outcome: joined ? 'joined' : 'computed' }));
	}

	/** parseRead, remembered per URL (validation ran zod on every request, cache hits included); bad requests throw and are not kept. */
	private parse(kind: ReadKind, url: URL, id?: string): { req: ReadRequest; key: string } {
		const memo = `${kind}\u0000${id ?? ''}\u0000${url.search}`;
		let p = this.parsed.get(memo);
		if (!p) {
			const req = parseRead(kind, url, id);
			p = { req, key: JSON.stringify(req) };
			if (this.parsed.size >= MAX_PARSED) this.parsed.delete(this.parsed.keys().next().value!);
			this.parsed.set(memo, p);
		}
		return p;
	}

	/**
	 * Waits until the reader threads are up (or `timeoutMs` has passed) and runs one
	 * light query of each kind on each, so that the first requests do not pay for a
	 * thread's start, its prepared statements or a cold page cache.
	 */
	async warm(timeoutMs = 15_000): Promise<{ threads: number; mode: string; ms: number }> {
		const started = performance.now();
		if (!this.pool) return { threads: 0, mode: 'in-process', ms: 0 };
		const threads = await this.pool.whenReady(timeoutMs);
		const light: ReadRequest[] = [
			{ kind: 'events', query: { limit: 1, offset: 0 } },
			{ kind: 'buckets', query: { unit: 'year' } },
			{ kind: 'actors', limit: 1 },
			{ kind: 'event', id: '1' }
		];
		await Promise.all(Array.from({ length: threads }, () => Promise.all(light.map((r) => this.pool!.run(r).catch(() => null)))));
		return { threads, mode: this.pool.mode, ms: Math.round(performance.now() - started) };
	}

	/** Starts refreshes of recently served answers whose data changed, most stale first, while there is room. */
	private sweep(): void {
		if (this.refreshing >= this.maxRefreshing || this.cache.size === 0) return;
		const version: DataVersion = { local: localWriteCount(), data: this.changes.current() };
		const half = this.cache.maxStaleMs / 2;
		const recent = Math.max(RECENT_MS, RECENT_BOUNDS * this.cache.maxStaleMs);
		const due = this.cache.outdated(version, recent, this.changes.seenAt).filter((o) => Math.max(o.age, o.staleFor) > half);
		due.sort((a, b) => b.staleFor - a.staleFor);
		for (const o of due) {
			if (this.refreshing >= this.maxRefreshing) break;
			const req = this.requests.get(o.key);
			if (req) this.refresh(o.key, req, version);
		}
	}

	async close(): Promise<void> {
		if (this.sweeper) clearInterval(this.sweeper);
		await this.pool?.close();
		this.changes.close();
		this.cache.clear();
	}

	private compute(key: string, req: ReadRequest, version: DataVersion, background = false): Promise<EncodedAnswer> {
		// requests arriving while the same query runs share it, unless this server wrote in between
		const flightKey = `${version.local}\u0000${key}`;
		const flight = this.inFlight.get(flightKey);
		if (flight) {
			// a refresh that someone now waits for is no longer background work
			if (!background) flight.promote();
			return flight.answer;
		}
		const startedAt = performance.now();
		const ticket = this.run(req, background);
		const answer = ticket.answer
			.then((a) => {
				if (a.status === 200) {
					this.cache.set(key, version, startedAt, a);
					if (!this.requests.has(key)) {
						if (this.requests.size >= this.cache.maxEntries) this.requests.delete(this.requests.keys().next().value!);
						this.requests.set(key, req);
					}
				}
				return a;
			})
			.finally(() => this.inFlight.delete(flightKey));
		this.inFlight.set(flightKey, { answer, promote: ticket.promote });
		return answer;
	}

	private refresh(key: string, req: ReadRequest, version: DataVersion): void {
		if (this.inFlight.has(`${version.local}\u0000${key}`)) return;
		this.refreshing++;
		this.compute(key, req, version, true)
			.catch(() => {}) // a failed refresh leaves the kept answer to expire; the next request reports the error
			.finally(() => this.refreshing--);
	}

	private run(req: ReadRequest, background: boolean): Ticket {
		if (this.pool) return this.pool.schedule(req, background);
		return { answer: answerRead(this.store, req).then(encodeAnswer), promote: () => {} };
	}
}

/**
 * A response body over the kept bytes as they are. Given a Uint8Array, undici copies
 * it (and again into a byte stream) for every response: for answers of ~100 KB that
 * was the largest cost of a cache hit in a CPU profile. The bytes are never written to.
 */
function bodyOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
	return new ReadableStream<Uint8Array>({
		start(controller) {
			if (bytes.byteLength) controller.enqueue(bytes);
			controller.close();
		}
	});
}

/** If-None-Match holds our ETag (weak comparison, as RFC 9110 asks for this header) or `*`. */
function matches(header: string | null, etag: string): boolean {
	if (!header) return false;
	const bare = etag.replace(/^W\//, '');
	return header.split(',').some((t) => {
		const v = t.trim();
		return v === '*' || v.replace(/^W\//, '') === bare;
	});
}

function envInt(name: string, dflt: number): number {
	const v = process.env[name];
	if (v === undefined || v.trim() === '') return dflt;
	const n = Number(v);
	if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0 (got ${JSON.stringify(v)})`);
	return n;
}

/** The main database file of a SQLite store, or null (PostgreSQL, in-memory). */
async function sqliteFile(store: Store): Promise<string | null> {
	if (store.kind !== 'sqlite' || !('db' in store)) return null;
	const rows = (await sql<{ name: string; file: string }>`PRAGMA database_list`.execute((store as SqlStore).db)).rows;
	const file = rows.find((r) => r.name === 'main')?.file;
	return file ? file : null;
}
