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
	/** names of the outlets that report the event (EventSummary.outlets). */
	outlets?: string[];
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
			// in the lane of every outlet that reports it, as with actors: an analyst reading one
			// outlet's lane must see all it covered, and an event in several lanes at once is
			// itself the sign that it was corroborated (a "multiple" lane would hide by whom)
			return e.outlets && e.outlets.length ? [...new Set(e.outlets)] : ['unknown outlet'];
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
		const start = parseInstant(e.start);
		const end = Math.max(parseInstant(e.end), start);
		if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
		const span = isCoarse(e.granularity, start, end);
		const at = start + (end - start) / 2;
		// lanes by type are one per event: no list to build (a million events, a million lists saved)
		if (by === 'type') out.push({ id: e.id, lane: e.type, start, end, at, span, disputed: e.disputed, type: e.type, label: e.label });
		else for (const lane of laneKeys(e, by)) out.push({ id: e.id, lane, start, end, at, span, disputed: e.disputed, type: e.type, label: e.label });
	}
	// left unsorted: indexLanes sorts each lane, which is all the drawing needs
	return out;
}

const D0 = 48;
const digits = (s: string, i: number, n: number): number => {
	let v = 0;
	for (let k = i; k < i + n; k++) {
		const c = s.charCodeAt(k) - D0;
		if (c < 0 || c > 9) return NaN;
		v = v * 10 + c;
	}
	return v;
};

/**
 * Milliseconds of an ISO instant. The API's own form, "YYYY-MM-DDTHH:MM:SS(.sss)Z",
 * is read digit by digit (days from the civil date, Hinnant's algorithm): a million
 * events carry two million of these, and Date.parse was a third of a first render.
 * Any other form goes to Date.parse.
 */
export function parseInstant(s: string): number {
	const n = s.length;
	if ((n === 20 || n === 24) && s.charCodeAt(n - 1) === 90 && s[4] === '-' && s[7] === '-' && s[10] === 'T' && s[13] === ':' && s[16] === ':' && (n === 20 || s[19] === '.')) {
		const y0 = digits(s, 0, 4);
		const m = digits(s, 5, 2);
		const d = digits(s, 8, 2);
		const hh = digits(s, 11, 2);
		const mm = digits(s, 14, 2);
		const ss = digits(s, 17, 2);
		const ms = n === 24 ? digits(s, 20, 3) : 0;
		if (m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y0, m) && hh < 24 && mm < 60 && ss < 60 && ms === ms) {
			const y = m <= 2 ? y0 - 1 : y0;
			const era = Math.floor(y / 400);
			const yoe = y - era * 400;
			const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
			const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
			const days = era * 146097 + doe - 719468;
			return days * 86_400_000 + hh * 3600_000 + mm * 60_000 + ss * 1000 + ms;
		}
	}
	return Date.parse(s);
}

function daysIn(y: number, m: number): number {
	if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
	return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
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
	const at = new Float64Array(items.length);
	for (let i = 0; i < items.length; i++) at[i] = items[i].at;
	at.sort();
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
	/** drawn centre; differs from `xt` only for a day mark stacked beside others of its day. */
	x: number;
	/** where the event's instant falls on the scale. */
	xt: number;
	x0: number;
	x1: number;
	y: number;
	span: boolean;
	disputed: boolean;
	type: string;
	label: string;
	/** true when no free place was left and the mark had to be drawn over another. */
	overflow?: boolean;
}

export interface MarkLayoutOptions {
	laneHeight: number;
	rowHeight: number;
	/** width a mark needs before another can sit in the same row. */
	markWidth: number;
	top?: number;
	/** screen width: occupancy is tracked on screen only, so a span years wide costs no more than the screen. */
	width?: number;
}

/**
 * Places the items on screen: x from the scale, lanes top to bottom, and rows
 * inside a lane so marks do not hide each other. Occupancy is a grid of
 * mark-wide cells per row, one for spans and one for day marks. A day mark whose rows are all taken is stacked beside
 * its place, alternately right and left, but never outside its own day: a
 * day-granular date says nothing about the hour, so any x inside the day is as
 * true as noon. A mark that finds no free place is drawn over another and
 * flagged `overflow`: the caller can then switch that lane to density bars.
 */
export function layoutMarks(
	items: readonly TimelineItem[],
	scale: (t: number) => number,
	lanes: readonly string[],
	fold: (lane: string) => string,
	opts: MarkLayoutOptions
): PlacedMark[] {
	const laneIndex = new Map(lanes.map((l, i) => [l, i]));
	const rows = Math.max(1, Math.floor(opts.laneHeight / opts.rowHeight));
	const mw = opts.markWidth;
	const width = opts.width ?? 4096;
	// cells a little beyond the screen edges, so marks half off screen still claim their place
	const cellMin = -2;
	const cellMax = Math.ceil(width / mw) + 2;
	// spans and day marks keep separate grids: a span is a translucent band drawn under the
	// marks, so a dot on it stays readable, but four month-long spans must not fill every
	// row of a lane and push the day marks of the whole window into density bars
	const taken = lanes.map(() => ({ marks: new Map<number, number>(), spans: new Set<number>() }));
	const out: PlacedMark[] = [];
	const top = opts.top ?? 0;
	let spill = 0;

	// spans: the grid cells they cover on screen
	const cells = (x0: number, x1: number): [number, number] => [
		Math.min(cellMax, Math.max(cellMin, Math.floor(x0 / mw))),
		Math.max(cellMin, Math.min(cellMax, Math.floor(x1 / mw)))
	];
	const spanRow = (set: Set<number>, x0: number, x1: number) => {
		const [c0, c1] = cells(x0, x1);
		for (let row = 0; row < rows; row++) {
			let free = true;
			for (let c = c0; c <= c1 && free; c++) if (set.has(c * rows + row)) free = false;
			if (free) return row;
		}
		return -1;
	};
	// day marks are all one width: a cell holds at most one centre, and a place is free when
	// no centre in this or the next cells is nearer than a mark's width (exact, not gridded)
	const markRow = (map: Map<number, number>, cx: number) => {
		const c = Math.floor(cx / mw);
		for (let row = 0; row < rows; row++) {
			let free = true;
			for (let k = c - 1; k <= c + 1 && free; k++) {
				const other = map.get(k * rows + row);
				if (other !== undefined && Math.abs(other - cx) < mw) free = false;
			}
			if (free) return row;
		}
		return -1;
	};

	for (const it of items) {
		const lane = fold(it.lane);
		const li = laneIndex.get(lane);
		if (li === undefined) continue;
		const grid = taken[li];
		const xt = scale(it.at);
		let x = xt;
		let x0 = it.span ? scale(it.start) : xt - mw / 2;
		let x1 = it.span ? scale(it.end) : xt + mw / 2;
		let row = it.span ? spanRow(grid.spans, x0, x1 - 1) : markRow(grid.marks, xt);
		if (row < 0 && !it.span) {
			const lo = scale(it.start) + mw / 2;
			const hi = scale(it.end) - mw / 2;
			for (let k = 1; row < 0 && (xt + k * mw <= hi || xt - k * mw >= lo); k++) {
				for (const dx of [k * mw, -k * mw]) {
					const cx = xt + dx;
					if (cx > hi || cx < lo) continue;
					row = markRow(grid.marks, cx);
					if (row >= 0) {
						x = cx;
						x0 = cx - mw / 2;
						x1 = cx + mw / 2;
						break;
					}
				}
			}
		}
		// spans of one month overlap at any zoom: zooming in (the bars' promise) cannot part them
		const overflow = row < 0 && !it.span;
		if (row < 0) row = spill++ % rows;
		if (it.span) {
			const [c0, c1] = cells(x0, x1 - 1);
			for (let c = c0; c <= c1; c++) grid.spans.add(c * rows + row);
		} else if (!overflow) grid.marks.set(Math.floor(x / mw) * rows + row, x);
		out.push({
			id: it.id,
			lane,
			laneIndex: li,
			row,
			x,
			xt,
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

export interface CountsQuery {
	unit: BucketUnit;
	from: number;
	to: number;
	lanes: string[];
	laneBy: LaneBy;
}
/** Bars per lane counted elsewhere (the store); a lane it cannot count alone is left out of the map. */
export type LaneCounts = (q: CountsQuery) => Promise<Map<string, DensityBar[]>>;

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
