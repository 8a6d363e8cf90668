import { describe, expect, it } from 'vitest';
import {
	bucketBounds,
	chooseUnit,
	densityFromSorted,
	isCoarse,
	laneOrder,
	layoutMarks,
	parseInstant,
	stepIndex,
	timeScale,
	toItems,
	zoomExtent,
	type TimelineEvent
} from './timeline';
import { indexLanes, sortByTime, stepEvent, visibleCount, visibleRange } from './lanes';
import { lcg } from './random';

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

	it('puts an event in the lane of every outlet that reports it, and marks unattributed ones', () => {
		const both = ev('b', '2021-02-25T00:00:00Z', '2021-02-26T00:00:00Z', 'day', { outlets: ['Wire A', 'Daily B', 'Wire A'] });
		const none = ev('n', '2021-02-25T00:00:00Z', '2021-02-26T00:00:00Z', 'day', { outlets: [] });
		const items = toItems([both, none], 'source');
		expect(items.filter((i) => i.id === 'b').map((i) => i.lane).sort()).toEqual(['Daily B', 'Wire A']);
		expect(items.filter((i) => i.id === 'n').map((i) => i.lane)).toEqual(['unknown outlet']);
		// folded into "other", the two lanes of one event show it once
		const [other] = indexLanes(items, ['other'], () => 'other');
		expect(other.items.map((i) => i.id).sort()).toEqual(['b', 'n']);
	});

	it('treats an interval of unknown granularity longer than a day as uncertain', () => {
		expect(isCoarse(null, 0, 3 * 86_400_000)).toBe(true);
		expect(isCoarse(null, 0, 86_400_000)).toBe(false);
		expect(isCoarse('day', 0, 3 * 86_400_000)).toBe(false);
	});
});

describe('parseInstant', () => {
	it('reads ISO instants exactly as Date.parse does, across centuries, leap days and bad input', () => {
		const r = lcg(11);
		const cases = ['2021-02-29T00:00:00Z', '2020-02-29T23:59:59.999Z', '1900-02-29T00:00:00Z', '2000-02-29T12:00:00Z', '2021-13-01T00:00:00Z', '2021-02-25T24:00:00Z', '2021-02-25', '2021-02-25T10:00:00+05:45', 'x021-02-25T00:00:00Z', ''];
		for (let i = 0; i < 2000; i++) cases.push(new Date(Math.floor((r() - 0.3) * 4e12)).toISOString());
		for (const c of cases) {
			const want = Date.parse(c);
			const got = parseInstant(c);
			if (Number.isNaN(want)) expect(got, c).toBeNaN();
			else expect(got, c).toBe(want);
		}
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

	const sameDay = (n: number) =>
		toItems(
			Array.from({ length: n }, (_, i) => ev(`e${i}`, '2021-02-25T00:00:00Z', '2021-02-26T00:00:00Z', 'day')),
			'type'
		);
	const opts = { laneHeight: 40, rowHeight: 12, markWidth: 12, width: 1000 };

	it('stacks same-day marks beside each other inside their day when the rows are full, none on top of another', () => {
		// two days across the screen: a day is 500 px, room for many marks
		const scale = timeScale([Date.UTC(2021, 1, 25), Date.UTC(2021, 1, 27)], 1000);
		const marks = layoutMarks(sameDay(20), (t) => scale(t), ['airstrike'], (l) => l, opts);
		expect(marks.some((m) => m.overflow)).toBe(false);
		const noon = scale(new Date(Date.UTC(2021, 1, 25, 12)));
		for (const m of marks) {
			expect(m.xt).toBeCloseTo(noon, 6);
			expect(m.x).toBeGreaterThanOrEqual(scale(new Date(Date.UTC(2021, 1, 25))));
			expect(m.x).toBeLessThanOrEqual(scale(new Date(Date.UTC(2021, 1, 26))));
		}
		for (const a of marks)
			for (const b of marks) {
				if (a === b || a.row !== b.row) continue;
				expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(12);
			}
		// the first marks stay on the date itself; only the extra ones move aside
		expect(marks.slice(0, 3).every((m) => m.x === m.xt)).toBe(true);
		expect(marks.slice(3).every((m) => m.x !== m.xt)).toBe(true);
	});

	it('puts two marks closer than a mark width in different rows, wherever they fall on the grid', () => {
		// instants a fraction of a pixel apart, on either side of a cell boundary
		const at = [131.9, 132.1, 150, 300];
		const items = at.map((x, i) => ({ id: `p${i}`, lane: 'l', start: x, end: x, at: x, span: false, disputed: false, type: 't', label: '' }));
		const marks = layoutMarks(items, (t) => t, ['l'], (l) => l, opts);
		const row = new Map(marks.map((m) => [m.id, m.row]));
		expect(row.get('p0')).not.toBe(row.get('p1'));
		// 150 is 18 px from the first, more than a mark width: the first row is free for it
		expect(row.get('p2')).toBe(0);
		expect(row.get('p3')).toBe(0);
	});

	it('does not let wide spans take the rows day marks need: they are drawn underneath', () => {
		const scale = timeScale([Date.UTC(2021, 1, 23), Date.UTC(2021, 1, 28)], 1000);
		const months = Array.from({ length: 4 }, (_, i) => ev(`m${i}`, '2021-02-01T00:00:00Z', '2021-03-01T00:00:00Z', 'month'));
		const items = toItems([...months, ...Array.from({ length: 3 }, (_, i) => ev(`d${i}`, '2021-02-25T00:00:00Z', '2021-02-26T00:00:00Z', 'day'))], 'type');
		const marks = layoutMarks(items, (t) => scale(t), ['airstrike'], (l) => l, opts);
		// more spans than rows overlap (no zoom parts them), and the day marks keep their rows
		expect(marks.some((m) => m.overflow)).toBe(false);
		expect(new Set(marks.filter((m) => !m.span).map((m) => m.row)).size).toBe(3);
		expect(marks.filter((m) => !m.span).every((m) => m.x === m.xt)).toBe(true);
	});

	it('flags overflow when a day is too narrow to hold its marks side by side', () => {
		// a year across the screen: a day is under 3 px
		const scale = timeScale([Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)], 1000);
		const marks = layoutMarks(sameDay(5), (t) => scale(t), ['airstrike'], (l) => l, opts);
		expect(marks.filter((m) => m.overflow).length).toBe(2);
		expect(marks.every((m) => m.x === m.xt)).toBe(true);
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

describe('sortByTime', () => {
	it('orders items by instant, keeping input order among equal instants, with the instants alongside', () => {
		const r = lcg(5);
		const list = toItems(
			Array.from({ length: 500 }, (_, i) => {
				const day = Date.UTC(2021, 0, 1 + Math.floor(r() * 40));
				return ev(`e${i}`, new Date(day).toISOString(), new Date(day + 86_400_000).toISOString(), 'day');
			}),
			'type'
		);
		const want = [...list].sort((a, b) => a.at - b.at);
		const { items, at } = sortByTime(list);
		expect(items.map((i) => i.id)).toEqual(want.map((i) => i.id));
		expect([...at]).toEqual(want.map((i) => i.at));
	});
});

describe('stepEvent', () => {
	it('walks every event once in (instant, id) order across lanes, both ways, with ties and folded duplicates', () => {
		const r = lcg(9);
		const events = Array.from({ length: 300 }, (_, i) => {
			const day = Date.UTC(2021, 0, 1 + Math.floor(r() * 20));
			const names = ['A', 'B', 'C', 'D'].filter(() => r() < 0.4);
			return ev(`e${String(Math.floor(r() * 1e6)).padStart(6, '0')}-${i}`, new Date(day).toISOString(), new Date(day + 86_400_000).toISOString(), 'day', {
				roles: names.map((name) => ({ role: 'agent', name }))
			});
		});
		const items = toItems(events, 'actor');
		const { lanes, fold } = laneOrder(items, 3);
		const index = indexLanes(items, lanes, fold);
		const want = [...new Map(items.map((i) => [i.id, i])).values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)).map((i) => i.id);
		const walk = (delta: 1 | -1) => {
			const out: string[] = [];
			for (let cur = stepEvent(index, null, delta); cur; cur = stepEvent(index, cur, delta)) out.push(cur.id);
			return out;
		};
		expect(walk(1)).toEqual(want);
		expect(walk(-1)).toEqual([...want].reverse());
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
