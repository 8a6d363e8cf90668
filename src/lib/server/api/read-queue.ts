/**
 * The order in which a reader thread (read-worker.ts) takes its requests: a request
 * someone waits for before a background refresh, then the cheaper kind of query
 * first, a long wait counting as cheapest. In arrival order, an event lookup of
 * half a millisecond queued behind a dozen 30 ms timeline windows after every
 * commit by an ingester.
 */
import type { ReadRequest } from './read';

/** cost guess (ms) for a kind of query not yet measured. */
export const UNKNOWN_COST = 10;
/** a request queued this long (ms) goes ahead of cheaper ones, so none waits without end. */
export const AGED_MS = 250;

/** What the choice of the next request looks at. */
export interface Queued {
	background: boolean;
	cls: string;
	/** when it was queued (ms). */
	at: number;
}

/**
 * Index of the request to run next (queue in arrival order, not empty): foreground
 * before background; then the cheapest kind, counting a request that has waited
 * AGED_MS as cheapest; then the oldest.
 */
export function nextInQueue(queue: readonly Queued[], costOf: (cls: string) => number, now: number): number {
	const cost = (j: Queued) => (now - j.at >= AGED_MS ? 0 : costOf(j.cls));
	let best = 0;
	let bestCost = cost(queue[0]);
	for (let i = 1; i < queue.length; i++) {
		const q = queue[i];
		if (q.background !== queue[best].background) {
			if (!q.background) {
				best = i;
				bestCost = cost(q);
			}
			continue;
		}
		const c = cost(q);
		if (c < bestCost) {
			best = i;
			bestCost = c;
		}
	}
	return best;
}

/** Kinds of query with similar cost: text search and bucket units differ by orders of magnitude. */
export function costClass(req: ReadRequest): string {
	if (req.kind === 'events') return req.query.q ? 'events-q' : 'events';
	if (req.kind === 'buckets') return `buckets-${req.query.unit}`;
	return req.kind;
}

/** Running averages of what each kind of query took (ms). */
export class CostBook {
	private readonly costs = new Map<string, number>();

	note(cls: string, ms: number): void {
		const was = this.costs.get(cls);
		this.costs.set(cls, was === undefined ? ms : was * 0.8 + ms * 0.2);
	}

	measured(cls: string): number | undefined {
		return this.costs.get(cls);
	}

	/** measured, or a guess. */
	of(cls: string): number {
		return this.costs.get(cls) ?? UNKNOWN_COST;
	}
}
