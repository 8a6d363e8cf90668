/**
 * The order in which a reader thread (read-worker.ts) takes its requests: a request
 * someone waits for before a background refresh, then highest response ratio next
 * ((wait + cost) / cost, cost a running estimate per kind of query): cheap kinds go
 * first, and an expensive one goes once it has waited in proportion to its cost.
 * In arrival order, an event lookup of half a millisecond queued behind a dozen
 * 30 ms timeline windows after every commit by an ingester. A fixed wait after
 * which any request counted as cheapest (250 ms) made the order arrival order
 * again exactly when the threads were overloaded.
 */
import type { ReadRequest } from './read';

/** cost guess (ms) for a kind of query not yet measured. */
export const UNKNOWN_COST = 10;
/** the least cost (ms) a kind is taken to have, so that a ratio stays finite. */
const MIN_COST = 0.1;

/** What the choice of the next request looks at. */
export interface Queued {
	background: boolean;
	cls: string;
	/** when it was queued (ms). */
	at: number;
}

/**
 * Index of the request to run next (queue in arrival order, not empty): foreground
 * before background; then the highest (wait + cost) / cost; then the oldest.
 */
export function nextInQueue(queue: readonly Queued[], costOf: (cls: string) => number, now: number): number {
	const ratio = (j: Queued) => {
		const c = Math.max(MIN_COST, costOf(j.cls));
		return (Math.max(0, now - j.at) + c) / c;
	};
	let best = 0;
	let bestRatio = ratio(queue[0]);
	for (let i = 1; i < queue.length; i++) {
		const q = queue[i];
		if (q.background !== queue[best].background) {
			if (!q.background) {
				best = i;
				bestRatio = ratio(q);
			}
			continue;
		}
		const r = ratio(q);
		if (r > bestRatio) {
			best = i;
			bestRatio = r;
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
