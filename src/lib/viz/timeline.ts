/**
 * Timeline layout math: no DOM, no clock. Everything works in UTC milliseconds so
 * the picture does not depend on the viewer's time zone.
 */
import { bisectLeft, scaleUtc, type ScaleTime } from 'd3';

export type LaneBy = 'type' | 'actor' | 'place' | 'source';

/** The fields of an event the timeline needs (EventSummary satisfies it). */
export interface TimelineEvent {
	id: string;
	type: string;
	start: string;
	end: string;
	granularity: string | null;
	placeName: string | null;
	disputed: boolean;
	confidence: number;
	label: string;
	roles: { role: string; name: string }[];
	/** outlet names, when the API provides them. */
	sources?: string[];
}

export interface TimelineItem {
	id: string;
	lane: string;
	start: number;
	end: number;
	/** instant the mark stands for: the middle of the stated interval. */
	at: number;
	span: boolean;
	disputed: boolean;
	type: string;
	label: string;
}

/** Intervals coarser than a day are drawn across their whole width: the date is only known that well. */
const COARSE = new Set(['week', 'month', 'quarter', 'season', 'year', 'decade', 'century']);

export function isCoarse(granularity: string | null, start: number, end: number): boolean {
	if (granularity && COARSE.has(granularity)) return true;
	// unknown granularity: trust the interval itself (anything over ~36 h is not a day)
	return granularity == null && end - start > 36 * 3600_000;
}

export function laneKeys(e: TimelineEvent, by: LaneBy): string[] {
	switch (by) {
		case 'type':
			return [e.type];
		case 'place':
			return [e.placeName ?? 'unknown place'];
		case 'source':
			return e.sources && e.sources.length ? [...new Set(e.sources)] : ['unknown outlet'];
		case 'actor': {
			// an event belongs to every actor taking part: the lane of each shows it
			const names = [...new Set(e.roles.map((r) => r.name))];
			return names.length ? names : ['no actor'];
		}
	}
}

/** One item per (event, lane), in input order; events with an unparseable date are left out (they have no place on a time axis). */
export function toItems(events: readonly TimelineEvent[], by: LaneBy): TimelineItem[] {
	const out: TimelineItem[] = [];
	for (const e of events) {
		const start = Date.parse(e.start);
		const end = Math.max(Date.parse(e.end), start);
		if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
		const span = isCoarse(e.granularity, start, end);
		for (const lane of laneKeys(e, by)) {
			out.push({
				id: e.id,
				lane,
				start,
				end,
				at: start + (end - start) / 2,
				span,
				disputed: e.disputed,
				type: e.type,
				label: e.label
			});
		}
	}
	// left unsorted: indexLanes sorts each lane, which is all the drawing needs
	return out;
}

/** Lanes by number of events, most first; beyond `max` they fold into one "other" lane. */
export function laneOrder(items: readonly TimelineItem[], max = 10): { lanes: string[]; fold: (lane: string) => string } {
	const counts = new Map<string, number>();
	for (const it of items) counts.set(it.lane, (counts.get(it.lane) ?? 0) + 1);
	const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
	if (sorted.length <= max) return { lanes: sorted, fold: (l) => l };
	const kept = new Set(sorted.slice(0, max - 1));
	return { lanes: [...kept, 'other'], fold: (l) => (kept.has(l) ? l : 'other') };
}

/** The time extent of the items, padded by 5% (and at least a day) on each side. */
export function paddedExtent(items: readonly { start: number; end: number }[]): [number, number] {
	if (!items.length) return [Date.UTC(2019, 0, 1), Date.UTC(2022, 0, 1)];
	let lo = Infinity;
	let hi = -Infinity;
	for (const it of items) {
		if (it.start < lo) lo = it.start;
		if (it.end > hi) hi = it.end;
	}
	const pad = Math.max((hi - lo) * 0.05, 86_400_000);
	return [lo - pad, hi + pad];
}

/**
 * Where to look first: the window holding the middle 94% of the events, so a few
 * stray dates decades away do not squeeze everything else into a corner.
 */
export function focusExtent(items: readonly { at: number; start: number; end: number }[]): [number, number] {
	if (items.length < 20) return paddedExtent(items);
	const at = Float64Array.from(items, (i) => i.at).sort();
	const lo = at[Math.floor(at.length * 0.03)];
	const hi = at[Math.ceil(at.length * 0.97) - 1];
	return paddedExtent([{ start: lo, end: hi }]);
}

export function timeScale(domain: [number, number], width: number): ScaleTime<number, number> {
	return scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([0, width]);
}

const HOUR = 3600_000;
const CENTURY = 100 * 365.25 * 86_400_000;

/**
 * Zoom limits for d3-zoom's scaleExtent relative to the base domain: out to a
 * century on screen, in to two hours.
 */
export function zoomExtent(domain: [number, number]): [number, number] {
	const span = Math.max(domain[1] - domain[0], HOUR);
	return [Math.min(1, span / CENTURY), Math.max(1, span / (2 * HOUR))];
}

export interface PlacedMark {
	id: string;
	lane: string;
	laneIndex: number;
	row: number;
	x: number;
	x0: number;
	x1: number;
	y: number;
	span: boolean;
	disputed: boolean;
	type: string;
	label: string;
	/** true when no free row was left and the mark had to be drawn over another. */
	overflow?: boolean;
}

export interface MarkLayoutOptions {
	laneHeight: number;
	rowHeight: number;
	/** width a mark needs before another can sit in the same row. */
	markWidth: number;
	top?: number;
}

/**
 * Places the items on screen: x from the scale, lanes top to bottom, and rows
 * inside a lane packed greedily so marks do not hide each other. A mark that finds
 * no free row goes over the emptiest one and is flagged `overflow`: the caller can
 * then switch that lane to density bars.
 */
export function layoutMarks(
	items: readonly TimelineItem[],
	scale: (t: number) => number,
	lanes: readonly string[],
	fold: (lane: string) => string,
	opts: MarkLayoutOptions
): PlacedMark[] {
	const laneIndex = new Map(lanes.map((l, i) => [l, i]));
	const rowsPerLane = Math.max(1, Math.floor(opts.laneHeight / opts.rowHeight));
	const rowEnds = lanes.map(() => new Array<number>(rowsPerLane).fill(-Infinity));
	const out: PlacedMark[] = [];
	const top = opts.top ?? 0;
	for (const it of items) {
		const lane = fold(it.lane);
		const li = laneIndex.get(lane);
		if (li === undefined) continue;
		const x = scale(it.at);
		const x0 = it.span ? scale(it.start) : x - opts.markWidth / 2;
		const x1 = it.span ? scale(it.end) : x + opts.markWidth / 2;
		const ends = rowEnds[li];
		let row = ends.findIndex((end) => end <= x0);
		const overflow = row < 0;
		if (overflow) row = ends.indexOf(Math.min(...ends));
		ends[row] = Math.max(ends[row], x1 + 1);
		out.push({
			id: it.id,
			lane,
			laneIndex: li,
			row,
			x,
			x0,
			x1,
			y: top + li * opts.laneHeight + row * opts.rowHeight + opts.rowHeight / 2,
			span: it.span,
			disputed: it.disputed,
			type: it.type,
			label: it.label,
			overflow
		});
	}
	return out;
}

export type BucketUnit = 'year' | 'month' | 'week' | 'day' | 'hour';

const UNIT_MS: Record<BucketUnit, number> = {
	year: 365.25 * 86_400_000,
	month: 30.44 * 86_400_000,
	week: 7 * 86_400_000,
	day: 86_400_000,
	hour: HOUR
};

/** The finest bucket unit whose bars are still at least `minPx` wide on screen. */
export function chooseUnit(domain: [number, number], width: number, minPx = 4): BucketUnit {
	const msPerPx = (domain[1] - domain[0]) / Math.max(width, 1);
	for (const unit of ['hour', 'day', 'week', 'month'] as BucketUnit[]) {
		if (UNIT_MS[unit] / msPerPx >= minPx) return unit;
	}
	return 'year';
}

/** The UTC start of the bucket containing t, and the start of the next one. */
export function bucketBounds(t: number, unit: BucketUnit): [number, number] {
	const d = new Date(t);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth();
	switch (unit) {
		case 'year':
			return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
		case 'month':
			return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)];
		case 'week': {
			// ISO weeks start on Monday
			const day = Date.UTC(y, m, d.getUTCDate());
			const start = day - ((d.getUTCDay() + 6) % 7) * 86_400_000;
			return [start, start + 7 * 86_400_000];
		}
		case 'day': {
			const start = Date.UTC(y, m, d.getUTCDate());
			return [start, start + 86_400_000];
		}
		case 'hour': {
			const start = Math.floor(t / HOUR) * HOUR;
			return [start, start + HOUR];
		}
	}
}

export interface DensityBar {
	lane: string;
	start: number;
	end: number;
	count: number;
}

/**
 * Counts per bucket from times sorted ascending: two binary searches a bucket, so
 * the cost follows the number of bars on screen, not the number of events.
 */
export function densityFromSorted(sorted: Float64Array | readonly number[], lane: string, domain: [number, number], unit: BucketUnit): DensityBar[] {
	const bars: DensityBar[] = [];
	let [start, end] = bucketBounds(domain[0], unit);
	let lo = bisectLeft(sorted as ArrayLike<number> as number[], start);
	while (start < domain[1]) {
		const hi = bisectLeft(sorted as ArrayLike<number> as number[], end, lo);
		if (hi > lo) bars.push({ lane, start, end, count: hi - lo });
		lo = hi;
		[start, end] = bucketBounds(end, unit);
	}
	return bars;
}

/** Neighbour in time order for keyboard navigation: -1 / +1 steps, clamped at the ends. */
export function stepIndex(current: number, delta: number, length: number): number {
	if (length === 0) return -1;
	if (current < 0) return delta > 0 ? 0 : length - 1;
	return Math.min(length - 1, Math.max(0, current + delta));
}
