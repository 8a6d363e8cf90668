/**
 * Per-lane time index: items of each lane sorted by their instant, with the
 * instants in a typed array, so "what is on screen" and "how many per bucket"
 * are binary searches — the cost follows the screen, not the data.
 */
import { bisectLeft } from 'd3';
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
