/**
 * Fixed-window counters per key (client address, user name) kept in memory: one
 * process serves the API. The clock is injectable so tests need not wait.
 */
export interface RateLimitOptions {
	limit: number;
	windowMs: number;
	now?: () => number;
	/** keys tracked at most; the oldest windows are dropped first. */
	maxKeys?: number;
}

export class RateLimiter {
	private readonly hits = new Map<string, { start: number; n: number }>();
	private readonly now: () => number;
	constructor(private readonly opts: RateLimitOptions) {
		this.now = opts.now ?? Date.now;
	}

	/** Counts one attempt; ok=false once the limit is passed within the window, with seconds until it reopens. */
	take(key: string): { ok: boolean; retryAfter: number; remaining: number } {
		const t = this.now();
		let w = this.hits.get(key);
		if (!w || t - w.start >= this.opts.windowMs) {
			w = { start: t, n: 0 };
			this.hits.delete(key);
			this.hits.set(key, w);
			if (this.hits.size > (this.opts.maxKeys ?? 10_000)) this.hits.delete(this.hits.keys().next().value!);
		}
		w.n++;
		const retryAfter = Math.max(1, Math.ceil((w.start + this.opts.windowMs - t) / 1000));
		return { ok: w.n <= this.opts.limit, retryAfter, remaining: Math.max(0, this.opts.limit - w.n) };
	}

	reset(key: string): void {
		this.hits.delete(key);
	}
}

/** Login: 10 tries per minute per address, 20 per 15 minutes per account name. Ingestion: 30 requests per minute per client. */
export const limits = {
	loginByAddress: new RateLimiter({ limit: 10, windowMs: 60_000 }),
	loginByName: new RateLimiter({ limit: 20, windowMs: 15 * 60_000 }),
	ingest: new RateLimiter({ limit: 30, windowMs: 60_000 })
};
