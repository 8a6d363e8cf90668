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
	// two lanes folded into one ("other") must not show the same event twice
	const seen = new Map<string, Set<string>>(lanes.map((l) => [l, new Set()]));
	for (const it of items) {
		const lane = fold(it.lane);
		const ids = seen.get(lane);
		if (!ids || ids.has(it.id)) continue;
		ids.add(it.id);
		groups.get(lane)!.push(it);
	}
	return lanes.map((lane) => {
		const list = groups.get(lane)!;
		list.sort((a, b) => a.at - b.at);
		let reach = 0;
		const at = new Float64Array(list.length);
		list.forEach((it, i) => {
			at[i] = it.at;
			reach = Math.max(reach, (it.end - it.start) / 2);
		});
		return { lane, items: list, at, reach };
	});
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
