import { describe, expect, it } from 'vitest';
import {
	bucketBounds,
	chooseUnit,
	densityFromSorted,
	isCoarse,
	laneOrder,
	layoutMarks,
	stepIndex,
	timeScale,
	toItems,
	zoomExtent,
	type TimelineEvent
} from './timeline';
import { indexLanes, visibleCount, visibleRange } from './lanes';

function ev(id: string, start: string, end: string, granularity: string | null, extra: Partial<TimelineEvent> = {}): TimelineEvent {
	return { id, type: 'airstrike', start, end, granularity, placeName: null, disputed: false, confidence: 0.9, label: id, roles: [], ...extra };
}

describe('toItems', () => {
	it('draws a month-granular event across its month and a day event as a mark at the middle of its day', () => {
		const items = toItems(
			[ev('m', '2021-02-01T00:00:00Z', '2021-03-01T00:00:00Z', 'month'), ev('d', '2021-02-25T00:00:00Z', '2021-02-26T00:00:00Z', 'day')],
			'type'
		);
		const m = items.find((i) => i.id === 'm')!;
		const d = items.find((i) => i.id === 'd')!;
		expect(m.span).toBe(true);
		expect(m.start).toBe(Date.UTC(2021, 1, 1));
		expect(m.end).toBe(Date.UTC(2021, 2, 1));
		expect(d.span).toBe(false);
		expect(d.at).toBe(Date.UTC(2021, 1, 25, 12));
	});

	it('puts an event in the lane of every actor taking part, and skips unparseable dates', () => {
		const e = ev('a', '2021-02-25T00:00:00Z', '2021-02-26T00:00:00Z', 'day', {
			roles: [
				{ role: 'agent', name: 'United States' },
				{ role: 'target', name: 'Kataib Hezbollah' },
				{ role: 'authorizer', name: 'United States' }
			]
		});
		const items = toItems([e, ev('bad', 'not a date', 'x', 'day')], 'actor');
		expect(items.map((i) => i.lane).sort()).toEqual(['Kataib Hezbollah', 'United States']);
	});

	it('treats an interval of unknown granularity longer than a day as uncertain', () => {
		expect(isCoarse(null, 0, 3 * 86_400_000)).toBe(true);
		expect(isCoarse(null, 0, 86_400_000)).toBe(false);
		expect(isCoarse('day', 0, 3 * 86_400_000)).toBe(false);
	});
});

describe('laneOrder', () => {
	it('orders lanes by size and folds the tail into "other"', () => {
		const items = toItems(
			['a', 'a', 'a', 'b', 'b', 'c', 'd'].map((t, i) => ev(String(i), '2021-01-01T00:00:00Z', '2021-01-02T00:00:00Z', 'day', { type: t })),
			'type'
		);
		const { lanes, fold } = laneOrder(items, 3);
		expect(lanes).toEqual(['a', 'b', 'other']);
		expect(fold('d')).toBe('other');
		expect(fold('a')).toBe('a');
	});
});

describe('layoutMarks', () => {
	it('places a mark at the scale position of its instant, and packs overlapping marks into separate rows', () => {
		const scale = timeScale([Date.UTC(2021, 0, 1), Date.UTC(2021, 11, 31)], 1000);
		const items = toItems(
			[ev('x', '2021-02-25T00:00:00Z', '2021-02-26T00:00:00Z', 'day'), ev('y', '2021-02-25T00:00:00Z', '2021-02-26T00:00:00Z', 'day')],
			'type'
		);
		const marks = layoutMarks(items, (t) => scale(t), ['airstrike'], (l) => l, { laneHeight: 40, rowHeight: 12, markWidth: 10 });
		expect(marks[0].x).toBeCloseTo(scale(new Date(Date.UTC(2021, 1, 25, 12))), 6);
		expect(new Set(marks.map((m) => m.row)).size).toBe(2);
	});
});

describe('zoom and level of detail', () => {
	it('zooms out to about a century and in to a couple of hours', () => {
		const domain: [number, number] = [Date.UTC(2019, 0, 1), Date.UTC(2022, 0, 1)];
		const [kMin, kMax] = zoomExtent(domain);
		const span = domain[1] - domain[0];
		expect(span / kMin).toBeGreaterThanOrEqual(99 * 365 * 86_400_000);
		expect(span / kMax).toBeCloseTo(2 * 3600_000, -3);
	});

	it('picks finer buckets as the view narrows', () => {
		expect(chooseUnit([Date.UTC(1990, 0, 1), Date.UTC(2020, 0, 1)], 1000)).toBe('year');
		expect(chooseUnit([Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)], 1000)).toBe('week');
		expect(chooseUnit([Date.UTC(2021, 0, 1), Date.UTC(2021, 0, 8)], 1000)).toBe('hour');
	});

	it('bounds buckets on UTC calendar units (ISO weeks start Monday)', () => {
		const t = Date.UTC(2021, 1, 25, 15); // a Thursday
		expect(bucketBounds(t, 'month')).toEqual([Date.UTC(2021, 1, 1), Date.UTC(2021, 2, 1)]);
		expect(bucketBounds(t, 'week')).toEqual([Date.UTC(2021, 1, 22), Date.UTC(2021, 2, 1)]);
		expect(bucketBounds(t, 'hour')).toEqual([t, t + 3600_000]);
	});

	it('counts per bucket from sorted instants, and the counts add up', () => {
		const times = [Date.UTC(2021, 0, 5), Date.UTC(2021, 0, 20), Date.UTC(2021, 1, 2), Date.UTC(2021, 3, 9)];
		const bars = densityFromSorted(new Float64Array(times), 'l', [Date.UTC(2021, 0, 1), Date.UTC(2021, 5, 1)], 'month');
		expect(bars.map((b) => b.count)).toEqual([2, 1, 1]);
		expect(bars[2].start).toBe(Date.UTC(2021, 3, 1));
	});

	it('finds the items on screen by binary search, including spans centred off screen', () => {
		const items = toItems(
			[
				ev('long', '2021-01-01T00:00:00Z', '2021-12-31T00:00:00Z', 'year'),
				ev('in', '2021-06-10T00:00:00Z', '2021-06-11T00:00:00Z', 'day'),
				ev('out', '2022-06-10T00:00:00Z', '2022-06-11T00:00:00Z', 'day')
			],
			'type'
		);
		const [ix] = indexLanes(items, ['airstrike'], (l) => l);
		const from = Date.UTC(2021, 10, 1);
		const to = Date.UTC(2021, 11, 1);
		const [lo, hi] = visibleRange(ix, from, to);
		expect(ix.items.slice(lo, hi).map((i) => i.id)).toContain('long');
		expect(visibleCount(ix, Date.UTC(2021, 5, 1), Date.UTC(2021, 6, 1))).toBe(1);
	});

	it('shows an event once in a folded lane even when two of its actors fold into it', () => {
		const e = ev('x', '2021-02-25T00:00:00Z', '2021-02-26T00:00:00Z', 'day', {
			roles: [
				{ role: 'agent', name: 'A' },
				{ role: 'target', name: 'B' }
			]
		});
		const items = toItems([e], 'actor');
		const [other] = indexLanes(items, ['other'], () => 'other');
		expect(other.items.map((i) => i.id)).toEqual(['x']);
	});
});

describe('stepIndex', () => {
	it('moves along the timeline and stops at the ends', () => {
		expect(stepIndex(-1, 1, 3)).toBe(0);
		expect(stepIndex(-1, -1, 3)).toBe(2);
		expect(stepIndex(2, 1, 3)).toBe(2);
		expect(stepIndex(1, -1, 3)).toBe(0);
		expect(stepIndex(0, 1, 0)).toBe(-1);
	});
});
