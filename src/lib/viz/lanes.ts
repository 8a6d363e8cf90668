/**
 * Per-lane time index: items of each lane sorted by their instant, with the
 * instants in a typed array, so "what is on screen" and "how many per bucket"
 * are binary searches — the cost follows the screen, not the data.
 */
import { bisectLeft, bisectRight } from 'd3';
import { densityFromSorted, type BucketUnit, type DensityBar, type TimelineItem } from './timeline';

export interface LaneIndex {
	lane: string;
	items: TimelineItem[];
	at: Float64Array;
	/** half the widest interval in the lane: how far before the view a visible span can be centred. */
	reach: number;
}

export function indexLanes(items: readonly TimelineItem[], lanes: readonly string[], fold: (lane: string) => string): LaneIndex[] {
	const groups = new Map<string, TimelineItem[]>(lanes.map((l) => [l, []]));
	// two lanes folded into one ("other") must not show the same event twice; a lane kept
	// as it is cannot hold one twice (laneKeys gives an event each lane once), so only
	// folded items pay for the check
	const seen = new Map<string, Set<string>>();
	for (const it of items) {
		const lane = fold(it.lane);
		const list = groups.get(lane);
		if (!list) continue;
		if (lane !== it.lane) {
			const ids = seen.get(lane) ?? seen.set(lane, new Set()).get(lane)!;
			if (ids.has(it.id)) continue;
			ids.add(it.id);
		}
		list.push(it);
	}
	return lanes.map((lane) => {
		const { items: sorted, at } = sortByTime(groups.get(lane)!);
		let reach = 0;
		for (const it of sorted) if (it.end - it.start > reach * 2) reach = (it.end - it.start) / 2;
		return { lane, items: sorted, at, reach };
	});
}

/**
 * Items in time order with their instants in a typed array. Sorting a million objects
 * with a comparator is the slowest step of a first render: instead sort the instants
 * natively, then put each item in its slot with a counting pass over equal instants.
 */
export function sortByTime(list: TimelineItem[]): { items: TimelineItem[]; at: Float64Array } {
	const n = list.length;
	const at = new Float64Array(n);
	let sorted = true;
	for (let i = 0; i < n; i++) {
		at[i] = list[i].at;
		if (i && at[i] < at[i - 1]) sorted = false;
	}
	if (sorted) return { items: list, at };
	at.sort();
	// slot of each item: the first index of its instant in the sorted array, then onwards
	// (input order kept among equal instants, as a stable sort would)
	const out = new Array<TimelineItem>(n);
	const next = new Map<number, number>();
	for (const it of list) {
		let slot = next.get(it.at);
		if (slot === undefined) slot = bisectLeft(at as unknown as number[], it.at);
		out[slot] = it;
		next.set(it.at, slot + 1);
	}
	return { items: out, at };
}

/** Items whose interval may overlap [from, to). */
export function visibleRange(ix: LaneIndex, from: number, to: number): [number, number] {
	const lo = bisectLeft(ix.at as unknown as number[], from - ix.reach);
	const hi = bisectLeft(ix.at as unknown as number[], to + ix.reach, lo);
	return [lo, hi];
}

export function visibleCount(ix: LaneIndex, from: number, to: number): number {
	const lo = bisectLeft(ix.at as unknown as number[], from);
	return bisectLeft(ix.at as unknown as number[], to, lo) - lo;
}

export function laneDensity(ix: LaneIndex, domain: [number, number], unit: BucketUnit): DensityBar[] {
	return densityFromSorted(ix.at, ix.lane, domain, unit);
}

/** Time order across lanes: by instant, then by id, so events of the same instant still have a fixed order. */
function before(a: { at: number; id: string }, b: { at: number; id: string }): boolean {
	return a.at < b.at || (a.at === b.at && a.id < b.id);
}

/**
 * The event after (delta 1) or before (delta -1) `cur` in time order over all lanes,
 * or the first / last one when `cur` is null. Each lane is sorted already, so this is
 * a binary search per lane and a look along the events sharing an instant: no sort of
 * everything on a key press, however many events there are.
 */
export function stepEvent(index: readonly LaneIndex[], cur: { at: number; id: string } | null, delta: 1 | -1): TimelineItem | null {
	let best: TimelineItem | null = null;
	const better = (c: TimelineItem) => (delta > 0 ? before(c, best!) : before(best!, c));
	for (const ix of index) {
		const cand = delta > 0 ? nextIn(ix, cur) : prevIn(ix, cur);
		if (cand && (!best || better(cand))) best = cand;
	}
	return best;
}

// equal instants keep input order in a lane, not id order: each look scans its instant's group
function nextIn(ix: LaneIndex, cur: { at: number; id: string } | null): TimelineItem | null {
	const n = ix.items.length;
	let i = cur ? bisectLeft(ix.at as unknown as number[], cur.at) : 0;
	let cand: TimelineItem | null = null;
	if (cur) {
		for (; i < n && ix.at[i] === cur.at; i++) if (ix.items[i].id > cur.id && (!cand || ix.items[i].id < cand.id)) cand = ix.items[i];
		if (cand) return cand;
	}
	for (let j = i; j < n && ix.at[j] === ix.at[i]; j++) if (!cand || ix.items[j].id < cand.id) cand = ix.items[j];
	return cand;
}

function prevIn(ix: LaneIndex, cur: { at: number; id: string } | null): TimelineItem | null {
	let i = cur ? bisectRight(ix.at as unknown as number[], cur.at) - 1 : ix.items.length - 1;
	let cand: TimelineItem | null = null;
	if (cur) {
		for (; i >= 0 && ix.at[i] === cur.at; i--) if (ix.items[i].id < cur.id && (!cand || ix.items[i].id > cand.id)) cand = ix.items[i];
		if (cand) return cand;
	}
	for (let j = i; j >= 0 && ix.at[j] === ix.at[i]; j--) if (!cand || ix.items[j].id > cand.id) cand = ix.items[j];
	return cand;
}
