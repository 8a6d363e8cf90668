/**
 * Answers of the read API kept for the next identical request, bounded in count
 * and bytes (least recently used goes first).
 *
 * An answer belongs to a data version: the count of writes this server made
 * (`local`) and what the database says changed since (`data`, see data-version.ts).
 * A write made through this server makes every older answer unusable at once, so
 * whoever wrote reads their own write. A change made by another process (a
 * `sitrep ingest` running beside the server) shows within `maxStaleMs` of its
 * commit: an answer is served while no commit it lacks can be older than that.
 * Its missing commits all came after the query started and after the data was
 * last seen unchanged (`seenAt`), so the later of the two starts the clock.
 * Counting from the query's start alone turned every commit into a miss for every
 * answer older than the bound at once, and 50 readers queued behind the queries.
 */
import type { EncodedAnswer } from './read';

export interface DataVersion {
	local: number;
	data: string;
}

export interface CacheHit {
	answer: EncodedAnswer;
	/** the data changed since the answer was computed (it is served within the staleness bound). */
	changed: boolean;
	/** ms since the query behind the answer started. */
	age: number;
	/** ms for which a commit the answer lacks may have existed (0 when unchanged). */
	staleFor: number;
}

interface Entry {
	answer: EncodedAnswer;
	version: DataVersion;
	/** when the query that produced it started (ms, from `now`). */
	at: number;
	size: number;
	/** when it was last served or stored (ms, from `now`). */
	used: number;
}

/** A kept answer whose data changed, as `outdated` lists them. */
export interface Outdated {
	key: string;
	age: number;
	staleFor: number;
}

export interface AnswerCacheOptions {
	maxEntries?: number;
	maxBytes?: number;
	/** how long an answer may be served after another process changed the data. */
	maxStaleMs?: number;
	/** bodies larger than this are not kept (they would push out many small ones). */
	maxEntryBytes?: number;
	now?: () => number;
}

export const DEFAULT_MAX_STALE_MS = 1000;

export class AnswerCache {
	private readonly entries = new Map<string, Entry>();
	private bytes = 0;
	readonly maxEntries: number;
	readonly maxBytes: number;
	readonly maxStaleMs: number;
	readonly maxEntryBytes: number;
	private readonly now: () => number;
	hits = 0;
	misses = 0;

	constructor(opts: AnswerCacheOptions = {}) {
		this.maxEntries = opts.maxEntries ?? 2000;
		this.maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
		this.maxStaleMs = opts.maxStaleMs ?? DEFAULT_MAX_STALE_MS;
		this.maxEntryBytes = opts.maxEntryBytes ?? 8 * 1024 * 1024;
		this.now = opts.now ?? (() => performance.now());
	}

	get size(): number {
		return this.entries.size;
	}

	/**
	 * The answer kept for `key` if it is still good for `version`, else null.
	 * `seenAt(token)`: when the data was last found still at that token, if known.
	 */
	get(key: string, version: DataVersion, seenAt?: (token: string) => number | undefined): CacheHit | null {
		const e = this.entries.get(key);
		if (!e || e.version.local !== version.local) return this.miss();
		const changed = e.version.data !== version.data;
		const now = this.now();
		const age = now - e.at;
		const staleFor = changed ? now - Math.max(e.at, seenAt?.(e.version.data) ?? e.at) : 0;
		if (changed && !(this.maxStaleMs > 0 && staleFor <= this.maxStaleMs)) return this.miss();
		// refresh its place in the LRU order
		this.entries.delete(key);
		this.entries.set(key, e);
		e.used = now;
		this.hits++;
		return { answer: e.answer, changed, age, staleFor };
	}

	/** Keeps an answer computed from data as of `version` by a query that started at `startedAt`. */
	set(key: string, version: DataVersion, startedAt: number, answer: EncodedAnswer): void {
		const size = answer.bytes.byteLength + key.length * 2 + 200;
		if (size > this.maxEntryBytes) return;
		const old = this.entries.get(key);
		if (old) {
			// a slower query that started earlier must not replace a newer answer
			if (old.at > startedAt) return;
			this.entries.delete(key);
			this.bytes -= old.size;
		}
		this.entries.set(key, { answer, version, at: startedAt, size, used: this.now() });
		this.bytes += size;
		while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
			const [k, e] = this.entries.entries().next().value as [string, Entry];
			this.entries.delete(k);
			this.bytes -= e.size;
		}
	}

	/**
	 * Answers served within the last `usedWithinMs` whose data changed since they were
	 * computed (by another process: a write through this server retires them instead),
	 * kept or already past the bound, with how long each has been stale.
	 */
	outdated(version: DataVersion, usedWithinMs: number, seenAt?: (token: string) => number | undefined): Outdated[] {
		const now = this.now();
		const out: Outdated[] = [];
		for (const [key, e] of this.entries) {
			if (e.version.local !== version.local || e.version.data === version.data || now - e.used > usedWithinMs) continue;
			out.push({ key, age: now - e.at, staleFor: now - Math.max(e.at, seenAt?.(e.version.data) ?? e.at) });
		}
		return out;
	}

	clear(): void {
		this.entries.clear();
		this.bytes = 0;
	}

	private miss(): null {
		this.misses++;
		return null;
	}
}
